/**
 * `pnpm --filter @edu2035/db prebuilt`: rewrite the migrated, empty PGlite database for the
 * migrations as they are (`packages/db/prebuilt/pglite-migrated.tar.br` and its manifest
 * `pglite-migrated.json`, see prebuilt.ts). Run after adding or changing a migration (or
 * upgrading PGlite) and commit the folder; prebuilt.test.ts fails until then.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { buildPrebuiltMigrated, PREBUILT_DIR, PREBUILT_MANIFEST, PREBUILT_TAR } from "../prebuilt.ts";

mkdirSync(PREBUILT_DIR, { recursive: true });
const { tar, manifest } = await buildPrebuiltMigrated();
writeFileSync(PREBUILT_TAR, tar);
writeFileSync(PREBUILT_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
process.stdout.write(
  `${PREBUILT_TAR}: ${tar.length} bytes, ${manifest.migrations.length} migrations (last ${manifest.migrations.at(-1)?.tag})\n`,
);
