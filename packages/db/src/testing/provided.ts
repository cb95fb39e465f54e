/** What the vitest global setup hands to test files (vitest's `provide`/`inject`). */
declare module "vitest" {
  export interface ProvidedContext {
    /** Path of the cached dump of a migrated PGlite (tar, under <repo>/.data/test-cache). */
    pgliteDumpPath: string;
    /** Name of the migrated template database on DATABASE_URL's server, or null without one. */
    pgTemplateDatabase: string | null;
  }
}

export {};
