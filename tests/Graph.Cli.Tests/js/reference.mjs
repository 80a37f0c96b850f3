// The reference side of the CLI differential test: what graphql-js 17 answers for each case.
// Reads JSON lines {command, schema, document, rootValue, variables, operationName} on stdin and
// writes one JSON line per case: {output} as `graph` should print it (parse, schema print), or
// {result} (validate, execute, introspect) for structural comparison.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
const graphqlDir = process.env.GRAPHQL_JS_DIR;
const g = require(graphqlDir);

const introspectionQuery = g.getIntrospectionQuery({
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
  schemaDescription: false, inputValueDeprecation: true, oneOf: true,
});

// graphql-js 17 introspects experimental additions the spec (shared/specs/graphql-spec, Appendix D)
// does not have: deprecated directives (__Schema.directives(includeDeprecated:),
// __Directive.isDeprecated/deprecationReason, @deprecated on DIRECTIVE_DEFINITION) and the
// FRAGMENT_VARIABLE_DEFINITION / DIRECTIVE_DEFINITION locations. We follow the spec, so they are
// taken out of the reference answer.
const nonSpecLocations = new Set(['FRAGMENT_VARIABLE_DEFINITION', 'DIRECTIVE_DEFINITION']);
function withoutNonSpecIntrospection(result) {
  const schema = result.data?.__schema;
  if (!schema) return result;
  for (const type of schema.types) {
    if (type.name === '__Schema') {
      for (const field of type.fields) if (field.name === 'directives') field.args = [];
    }
    if (type.name === '__Directive') {
      type.fields = type.fields.filter(f => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
    }
    if (type.name === '__DirectiveLocation') {
      type.enumValues = type.enumValues.filter(v => !nonSpecLocations.has(v.name));
    }
  }
  for (const directive of schema.directives) {
    directive.locations = directive.locations.filter(l => !nonSpecLocations.has(l));
  }
  return result;
}

function syntaxErrors(error) {
  return { errors: [{ message: error.message, locations: error.locations }] };
}

function run(c) {
  switch (c.command) {
    case 'parse':
      try { return { output: g.print(g.parse(c.document)) }; }
      catch (e) { return { result: syntaxErrors(e) }; }
    case 'validate': {
      const schema = g.buildSchema(c.schema);
      let document;
      try { document = g.parse(c.document); } catch (e) { return { result: syntaxErrors(e) }; }
      return { result: { errors: g.validate(schema, document).map(e => ({ message: e.message, locations: e.locations })) } };
    }
    case 'execute': {
      const schema = g.buildSchema(c.schema);
      return { result: g.graphqlSync({
        schema, source: c.document, rootValue: c.rootValue,
        variableValues: c.variables, operationName: c.operationName,
      }) };
    }
    case 'introspect':
      return { result: withoutNonSpecIntrospection(g.graphqlSync({ schema: g.buildSchema(c.schema), source: introspectionQuery })) };
    case 'schema-print':
      return { output: g.printSchema(g.buildSchema(c.schema)) };
    default:
      throw new Error(`unknown command ${c.command}`);
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let answer;
  try { answer = run(JSON.parse(line)); }
  catch (e) { answer = { crash: String(e && e.message) }; }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
