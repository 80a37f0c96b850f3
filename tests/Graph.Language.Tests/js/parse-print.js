// Differential oracle: reads JSON lines {"kind": "document|value|constValue|type|coordinate", "source": "..."}
// on stdin and writes, per line, graphql-js's print(parse(source)) and stripIgnoredCharacters of it,
// or the syntax error's message and locations. The graphql package directory is GRAPHQL_JS_DIR.
'use strict';

const graphql = require(process.env.GRAPHQL_JS_DIR);

// The specification requires at least one selection (SelectionSet : { Selection+ }); graphql-js 17
// accepts `{}` unless told otherwise.
const options = { allowEmptySelectionSets: false };

function run(kind, source) {
  switch (kind) {
    case 'document': return graphql.parse(source, options);
    case 'value': return graphql.parseValue(source, options);
    case 'constValue': return graphql.parseConstValue(source, options);
    case 'type': return graphql.parseType(source, options);
    case 'coordinate': return graphql.parseSchemaCoordinate(source);
    default: throw new Error(`unknown kind ${kind}`);
  }
}

// Messages may quote half of a surrogate pair (graphql-js slices UTF-16); JSON readers reject
// lone surrogates, so both sides spell them as <U+D83D>.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function spell(text) {
  return text.replace(loneSurrogate, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

function answer(line) {
  const { kind, source } = JSON.parse(line);
  let node;
  try {
    node = run(kind, source);
  } catch (error) {
    if (!(error instanceof graphql.GraphQLError)) {
      return { crash: String(error && error.stack) };
    }
    return { ok: false, message: spell(error.message), locations: error.locations ?? [] };
  }
  const printed = graphql.print(node);
  let compact = null;
  if (kind === 'document') {
    try {
      compact = graphql.stripIgnoredCharacters(printed);
    } catch (error) {
      compact = `!${error.message}`;
    }
  }
  return { ok: true, printed, compact };
}

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.length > 0);
  const out = lines.map((line) => JSON.stringify(answer(line)));
  process.stdout.write(out.join('\n') + '\n');
});
