import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is the composed supergraph (`./graph compose` writes it). GRAPH_SCHEMA overrides it: the test suite
// points it at a changed schema to prove that an operation that no longer matches fails the build.
const schema = process.env.GRAPH_SCHEMA ?? "../../schema/composite.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // Writes src/gql/persisted-documents.json (id -> document text), the gateway's trusted-documents manifest.
        persistedDocuments: true,
        fragmentMasking: false,
      },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTime: "string",
          Decimal: "string | number",
          UUID: "string",
        },
      },
    },
  },
};

export default config;
