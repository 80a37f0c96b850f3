// Validates every operation of src/operations against the schema codegen uses (GRAPH_SCHEMA or the composed
// schema/composite.graphql) and names, for each error, the operation, the field and where it is. Runs before
// codegen so a schema change that breaks an operation fails `npm run typecheck` / `npm run build` with:
//   operation OrderPage (src/operations/orders.graphql:38:5): Field "status" of type "OrderStatusChange!" must have ...
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildSchema, parse, validate, visit, Kind, Source } from "graphql";

const root = resolve(import.meta.dirname, "..");
const schemaPath = process.env.GRAPH_SCHEMA ? resolve(process.env.GRAPH_SCHEMA) : resolve(root, "../../schema/composite.graphql");
const operationsDir = join(root, "src", "operations");

const schema = buildSchema(readFileSync(schemaPath, "utf8"));
const files = readdirSync(operationsDir, { recursive: true }).filter((f) => String(f).endsWith(".graphql")).map((f) => join(operationsDir, String(f)));

const operations = [];
const fragments = new Map();
for (const file of files) {
  const document = parse(new Source(readFileSync(file, "utf8"), relative(root, file)));
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
}

// The fragments an operation uses, transitively: validation needs them, and nothing else.
function fragmentsOf(node, seen = new Set()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      if (!seen.has(name) && fragments.has(name)) {
        seen.add(name);
        fragmentsOf(fragments.get(name), seen);
      }
    },
  });
  return seen;
}

let failures = 0;
for (const operation of operations) {
  const used = [...fragmentsOf(operation)].map((name) => fragments.get(name));
  const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...used] });
  for (const error of errors) {
    const location = error.source && error.locations?.[0] ? `${error.source.name}:${error.locations[0].line}:${error.locations[0].column}` : "";
    console.error(`operation ${operation.name?.value ?? "(anonymous)"} (${location}): ${error.message}`);
    failures++;
  }
}

if (failures > 0) {
  console.error(`${failures} error(s): the operations do not match ${relative(process.cwd(), schemaPath)}.`);
  process.exit(1);
}
console.log(`${operations.length} operations match ${relative(process.cwd(), schemaPath)}.`);
