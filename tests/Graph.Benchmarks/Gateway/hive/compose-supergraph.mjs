// Composes an Apollo Federation supergraph from running subgraphs for Hive Gateway, the baseline of
// `./graph bench gateway`: each subgraph's Federation SDL comes from `_service { sdl }` (Apollo's subgraph
// specification) and The Guild's composition (the composer Hive itself uses) merges them.
// Usage: node compose-supergraph.mjs OUTPUT name=url [name=url ...]
import { writeFile } from "node:fs/promises";
import { parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";

const [output, ...services] = process.argv.slice(2);
if (!output || services.length === 0) {
  console.error("usage: node compose-supergraph.mjs OUTPUT name=url [name=url ...]");
  process.exit(2);
}

async function federationSdl(url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: "{ _service { sdl } }" }),
  });
  const body = await response.json();
  if (!body.data?._service?.sdl) throw new Error(`${url}: no _service.sdl (${JSON.stringify(body.errors ?? body)})`);
  return body.data._service.sdl;
}

const subgraphs = await Promise.all(services.map(async (service) => {
  const [name, url] = service.split("=", 2);
  return { name, url, typeDefs: parse(await federationSdl(url)) };
}));

const result = composeServices(subgraphs);
if (result.errors?.length) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}
await writeFile(output, result.supergraphSdl);
console.log(`wrote ${output} from ${subgraphs.map((s) => s.name).join(", ")}`);
