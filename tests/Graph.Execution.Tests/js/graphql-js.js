// Reads JSON lines and answers one JSON line each, in order, using graphql-js 17 (GRAPHQL_JS_DIR):
//  {"kind":"execute","schema":SDL,"rootValue":{...},"document":"...","variables":{...},"operationName":...}
//     -> graphql-js's execution result: a field reads the property of the same name (defaultFieldResolver),
//        abstract types resolve through the "__typename" property of the value.
//  {"kind":"introspect","schema":SDL,"introspection":{...data of our full introspection query...}}
//     -> {"expected": printSchema(buildSchema(sdl)), "actual": printSchema(buildClientSchema(introspection))}
'use strict';
const path = require('path');
const graphql = require(path.join(process.env.GRAPHQL_JS_DIR, 'index.js'));

function typeResolver(value) {
  return value && typeof value === 'object' ? value.__typename : undefined;
}

function plainErrors(errors) {
  return errors.map((e) => {
    const out = { message: e.message };
    if (e.locations) out.locations = e.locations;
    if (e.path) out.path = e.path;
    return out;
  });
}

async function answer(input) {
  try {
    if (input.kind === 'introspect') {
      const expected = graphql.printSchema(graphql.buildSchema(input.schema));
      const actual = graphql.printSchema(graphql.buildClientSchema(input.introspection));
      return { expected, actual };
    }
    const schema = graphql.buildSchema(input.schema);
    const result = await graphql.graphql({
      schema,
      source: input.document,
      rootValue: input.rootValue,
      variableValues: input.variables,
      operationName: input.operationName,
      typeResolver,
    });
    const out = {};
    if ('data' in result) out.data = result.data;
    if (result.errors) out.errors = plainErrors(result.errors);
    return out;
  } catch (error) {
    return { crash: String(error && error.stack) };
  }
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    process.stdout.write(JSON.stringify(await answer(JSON.parse(line))) + '\n');
  }
}

main();
