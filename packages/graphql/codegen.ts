import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Client operations (`src/operations/*.graphql`) checked against the API's merged, committed
 * schema and turned into typed documents. Generated files are never edited by hand.
 *
 * Trusted documents (可信操作): each operation's typed document carries the SHA-256 of its
 * normalized text (`__meta__.hash`, `sha256:<hex>`), which `execute()` sends instead of the
 * text. The preset writes the manifest of all of them (`persisted-documents.json`); the hook
 * publishes it to the API (`apps/api/src/__generated__/trustedDocuments.ts`, see the script for
 * why a copy), which in production executes nothing else.
 */
const config: CodegenConfig = {
  schema: "../../apps/api/schema.graphql",
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/__generated__/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: "graphql",
        persistedDocuments: { mode: "embedHashInDocument", hashAlgorithm: "sha256" },
      },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: "string", ID: "string" },
      },
    },
  },
  hooks: { afterAllFileWrite: ["node scripts/trusted-documents.mjs"] },
};

export default config;
