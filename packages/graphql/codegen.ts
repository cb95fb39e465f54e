import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Client operations (`src/operations/*.graphql`) checked against the API's merged, committed
 * schema and turned into typed documents. Generated files are never edited by hand.
 */
const config: CodegenConfig = {
  schema: "../../apps/api/schema.graphql",
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/__generated__/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: "string", ID: "string" },
      },
    },
  },
};

export default config;
