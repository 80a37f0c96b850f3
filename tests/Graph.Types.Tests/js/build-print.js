// Reads JSON lines {"sdl": "..."} and answers one JSON line each, in order:
// {"printed": printSchema(buildSchema(sdl))} when the SDL builds and validates,
// otherwise {"errors": [messages of assertValidSDL or validateSchema]}.
'use strict';
const path = require('path');
const readline = require('readline');
const graphql = require(path.join(process.env.GRAPHQL_JS_DIR, 'index.js'));
const { validateSDL } = require(path.join(process.env.GRAPHQL_JS_DIR, 'validation', 'validate.js'));

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line.trim()) return;
  const { sdl } = JSON.parse(line);
  let answer;
  try {
    const document = graphql.parse(sdl);
    const sdlErrors = validateSDL(document);
    if (sdlErrors.length > 0) {
      answer = { errors: sdlErrors.map((e) => e.message) };
    } else {
      const schema = graphql.buildASTSchema(document, { assumeValidSDL: true });
      const errors = graphql.validateSchema(schema);
      answer = errors.length > 0
        ? { errors: errors.map((e) => e.message) }
        : { printed: graphql.printSchema(schema) };
    }
  } catch (error) {
    answer = { errors: [String(error && error.message)] };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
