// Differential oracle for the validation tests: reads JSON lines {"schema": SDL, "document": text} on stdin and
// prints, per line, graphql-js's validate() result as {"errors":[{"message","locations":[{"line","column"}]}]}
// or {"syntaxError": message} when graphql-js cannot parse the document.
// graphql-js is found through GRAPHQL_JS_DIR, else <repo>/node_modules/graphql (`npm ci` at the repository root).
'use strict';
const path = require('path');
const readline = require('readline');

const graphqlDir = process.env.GRAPHQL_JS_DIR || path.resolve(__dirname, '../../../../node_modules/graphql');
const graphql = require(graphqlDir);

const schemas = new Map();
function schemaFor(sdl) {
  let schema = schemas.get(sdl);
  if (!schema) {
    schema = graphql.buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  return schema;
}

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const output = [];
input.on('line', (line) => {
  if (line.trim() === '') {
    return;
  }
  const { schema, document } = JSON.parse(line);
  let result;
  try {
    const ast = graphql.parse(document);
    const errors = graphql.validate(schemaFor(schema), ast);
    result = { errors: errors.map((e) => ({ message: e.message, locations: e.locations ?? [] })) };
  } catch (e) {
    result = { syntaxError: String(e.message) };
  }
  output.push(JSON.stringify(result));
});
input.on('close', () => {
  process.stdout.write(output.join('\n') + '\n');
});
