/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The gateway's GraphQL endpoint; "/graphql" (same origin) when absent. */
  readonly VITE_GRAPHQL_URL?: string;
  /** "true": send operation ids from persisted-documents.json instead of the documents. */
  readonly VITE_TRUSTED_DOCUMENTS?: string;
}
