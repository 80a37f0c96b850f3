// The graphql-http server audit (GraphQL over HTTP conformance) against a running server.
// Reads one line, the GraphQL endpoint URL, on stdin; writes one JSON line: the list of
// { id, name, status: "ok" | "warn" | "notice" | "error", reason } of every audit.
import { createInterface } from 'node:readline';
import { auditServer } from 'graphql-http';

const lines = createInterface({ input: process.stdin });
for await (const url of lines) {
  const results = await auditServer({ url: url.trim() });
  const report = results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }));
  process.stdout.write(JSON.stringify(report) + '\n');
}
