// graphql-js side of `./graph bench engine`: the same workload files as our BenchmarkDotNet run; the runner starts one node process per workload (--only).
// Usage: node engine.js DIR [--only parseSdl,parseQuery,validateQuery,executeCatalog] [--samples N] [--sample-ms MS] [--warmup-ms MS]
// graphql-js is found through GRAPHQL_JS_DIR or <repo>/node_modules/graphql (`npm ci`).
// Each workload is warmed up, then timed in N samples of at least MS milliseconds (process.hrtime.bigint);
// prints one JSON object: versions and, per workload, every sample's ops/s and their median.
'use strict';
const fs = require('fs');
const path = require('path');

const graphqlDir = process.env.GRAPHQL_JS_DIR || path.join(__dirname, '..', '..', '..', '..', 'node_modules', 'graphql');
const graphql = require(path.join(graphqlDir, 'index.js'));

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node engine.js DIR [--only WORKLOAD,...] [--samples N] [--sample-ms MS] [--warmup-ms MS]');
  process.exit(2);
}
const samples = option('--samples', 7);
const sampleMs = option('--sample-ms', 500);
const warmupMs = option('--warmup-ms', 1000);
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');

const now = () => process.hrtime.bigint();
let sink = 0;

// Runs fn in batches of about a millisecond between clock reads; returns ops/s of each sample and their median.
function measure(fn) {
  const warmupEnd = now() + BigInt(warmupMs) * 1000000n;
  let warmupOps = 0;
  const warmupStart = now();
  while (now() < warmupEnd) {
    sink ^= fn();
    warmupOps++;
  }
  const opNs = Number(now() - warmupStart) / warmupOps;
  const batch = Math.max(1, Math.floor(1e6 / opNs));
  const opsPerSecond = [];
  for (let s = 0; s < samples; s++) {
    const start = now();
    const deadline = start + BigInt(sampleMs) * 1000000n;
    let ops = 0;
    let end;
    do {
      for (let i = 0; i < batch; i++) {
        sink ^= fn();
      }
      ops += batch;
      end = now();
    } while (end < deadline);
    opsPerSecond.push((ops * 1e9) / Number(end - start));
  }
  const sorted = [...opsPerSecond].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, samples: opsPerSecond };
}

// Each workload loads only what it needs, so a run of one workload in a fresh process is not influenced by the others:
// after building the 1 MB schema, V8 sometimes makes query parsing an order of magnitude slower for the whole process.
const workloads = {
  parseSdl() {
    const sdl = read('schema.graphql');
    return () => graphql.parse(sdl).definitions.length;
  },
  parseQuery() {
    const query = read('query.graphql');
    return () => graphql.parse(query).definitions.length;
  },
  validateQuery() {
    const schema = graphql.buildSchema(read('schema.graphql'));
    const document = graphql.parse(read('query.graphql'));
    const errors = graphql.validate(schema, document);
    if (errors.length > 0) {
      throw new Error('the query is invalid for graphql-js: ' + errors.map((e) => e.message).join('; '));
    }
    return () => graphql.validate(schema, document).length;
  },
  executeCatalog() {
    // Plain objects with function properties as resolvers (graphql-js's default field resolver calls them); an
    // author is a map lookup (graphql-js has no DataLoader of its own). The document is parsed once, not validated.
    const schema = graphql.buildSchema(read('catalog.graphql'));
    const catalog = JSON.parse(read('catalog.json'));
    const authorsById = new Map(catalog.authors.map((a) => [a.id, a]));
    const products = catalog.products.map((p) => ({ ...p, author: () => authorsById.get(p.authorId) }));
    const rootValue = { products: ({ first }) => products.slice(0, first) };
    const document = graphql.parse(read('catalog-query.graphql'));
    const variableValues = JSON.parse(read('catalog-variables.json'));
    const errors = graphql.validate(schema, document);
    if (errors.length > 0) {
      throw new Error('the catalog query is invalid for graphql-js: ' + errors.map((e) => e.message).join('; '));
    }
    const execute = () => {
      const result = graphql.execute({ schema, document, rootValue, variableValues });
      if (typeof result.then === 'function') {
        throw new Error('execution did not complete synchronously');
      }
      return Buffer.from(JSON.stringify(result), 'utf8');
    };
    fs.writeFileSync(path.join(dir, 'graphql-js-result.json'), execute());
    return () => execute().length;
  },
};

const onlyIndex = process.argv.indexOf('--only');
const names = onlyIndex > 0 ? process.argv[onlyIndex + 1].split(',') : Object.keys(workloads);
const results = {};
for (const name of names) {
  if (!workloads[name]) {
    throw new Error(`unknown workload ${name}; known: ${Object.keys(workloads).join(', ')}`);
  }
  results[name] = measure(workloads[name]());
}

process.stdout.write(JSON.stringify({
  node: process.version,
  graphql: graphql.version,
  samples,
  sampleMs,
  warmupMs,
  results,
  sink,
}) + '\n');
