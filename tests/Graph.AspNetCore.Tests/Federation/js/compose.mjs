// Composes Apollo Federation v2 subgraphs with The Guild's composition library (@theguild/federation-composition).
// Reads JSON lines, each a list of { name, url, sdl }; writes one JSON line per input:
// { errors: [{ message, code }], publicSdl: string | null } (publicSdl: the composed API schema when composition succeeded).
import { createInterface } from 'node:readline';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const subgraphs = JSON.parse(line);
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  const errors = (result.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code ?? null }));
  process.stdout.write(JSON.stringify({ errors, publicSdl: result.publicSdl ?? null }) + '\n');
}
