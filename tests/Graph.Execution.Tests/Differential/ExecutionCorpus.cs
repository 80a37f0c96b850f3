namespace Graph.Execution.Tests.Differential;

/// <summary>One differential case: a schema, a JSON root value, a document and variables.</summary>
public sealed record ExecutionCase(string Name, string Schema, string RootValue, string Document, string? Variables = null, string? OperationName = null);

/// <summary>
/// Hand-written execution edges (null propagation, lists, leaves, abstract types, fragments, directives, variables,
/// arguments) run through our executor and graphql-js 17 with the same default resolvers.
/// </summary>
public static class ExecutionCorpus
{
    public const string Nullability = """
        type Query {
          a: String, nn: String!, obj: Obj, nnObj: Obj!, list: [Int], nnItems: [Int!], nnList: [Int]!, nnBoth: [Int!]!,
          nested: [[Int!]], objs: [Obj], nnObjs: [Obj!], color: Color, colors: [Color], i: Int, f: Float, b: Boolean, id: ID, s: String,
          need(arg: Int!): String, opt(arg: Int = 3): String, input(v: In): String, many(v: [Int!]): String, one(v: One): String
        }
        type Obj { x: Int, nx: Int!, child: Obj, nnChild: Obj!, items: [Obj!] }
        enum Color { RED GREEN BLUE }
        input In { a: Int!, b: String = "d", c: [Int] }
        input One @oneOf { a: Int, b: String }
        """;

    public const string Characters = """
        schema { query: Root mutation: Mutation }
        type Root { hero: Character, heroes: [Character!]!, search: [SearchResult], node(id: ID!): Node }
        type Mutation { first: Int, second: String }
        interface Node { id: ID! }
        interface Character implements Node { id: ID!, name: String!, friends: [Character] }
        type Human implements Character & Node { id: ID!, name: String!, friends: [Character], height: Float }
        type Droid implements Character & Node { id: ID!, name: String!, friends: [Character], primaryFunction: String }
        type Starship { id: ID!, name: String }
        union SearchResult = Human | Droid | Starship
        """;

    private const string NullRoot = """
        { "a": "x", "nn": null, "obj": { "x": 1, "nx": null, "child": { "x": 2, "nx": 3 } }, "nnObj": null,
          "list": [1, null, 3], "nnItems": [1, null, 3], "nnList": null, "nnBoth": [1, 2],
          "nested": [[1], [2, null], null], "objs": [{ "x": 1, "nx": 1 }, { "x": 2, "nx": null }, null],
          "nnObjs": [{ "nx": 1 }, null], "color": "GREEN", "colors": ["RED", "PURPLE", null],
          "i": 2147483648, "f": 1.5, "b": true, "id": 12, "s": 12.5,
          "need": "ok", "opt": "ok", "input": "ok", "many": "ok", "one": "ok" }
        """;

    private const string HeroRoot = """
        { "hero": { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech",
                    "friends": [ { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 },
                                 { "__typename": "Human", "id": "1002", "name": null },
                                 { "__typename": "Droid", "id": "2000", "name": "C-3PO" } ] },
          "heroes": [ { "__typename": "Human", "id": "1000", "name": "Luke" }, { "__typename": "Droid", "id": "2001", "name": null } ],
          "search": [ { "__typename": "Starship", "id": "3000", "name": "Falcon" }, { "__typename": "Human", "id": "1000", "name": "Luke" }, { "__typename": "Unknown" }, { "name": "no type" } ],
          "node": { "__typename": "Starship", "id": "3000" },
          "first": 1, "second": "two" }
        """;

    public static IReadOnlyList<ExecutionCase> Cases { get; } =
    [
        new("scalars", Nullability, NullRoot, "{ a i f b id s color }"),
        new("non-null leaf nulls parent object", Nullability, NullRoot, "{ a obj { x nx } }"),
        new("non-null object field nulls data", Nullability, NullRoot, "{ a nnObj { x } }"),
        new("non-null root leaf nulls data", Nullability, NullRoot, "{ nn a }"),
        new("nullable items", Nullability, NullRoot, "{ list }"),
        new("non-null items null the list", Nullability, NullRoot, "{ nnItems a }"),
        new("non-null list nulls data", Nullability, NullRoot, "{ a nnList }"),
        new("non-null both", Nullability, NullRoot, "{ nnBoth }"),
        new("nested lists", Nullability, NullRoot, "{ nested }"),
        new("object list with a failing item", Nullability, NullRoot, "{ objs { x nx } }"),
        new("non-null object items", Nullability, NullRoot, "{ nnObjs { nx } a }"),
        new("deep non-null chain", Nullability, """{ "obj": { "child": { "nnChild": { "nx": null } } } }""", "{ obj { child { nnChild { nx } } x } }"),
        new("two errors in siblings", Nullability, """{ "obj": { "x": "bad", "child": { "x": "worse", "nx": 1 } } }""", "{ obj { x child { x nx } } }"),
        new("enum list with unknown value", Nullability, NullRoot, "{ colors }"),
        new("int out of range", Nullability, NullRoot, "{ i }"),
        new("string from float", Nullability, NullRoot, "{ s }"),
        new("not a list", Nullability, """{ "list": 5 }""", "{ list }"),
        new("list where object expected", Nullability, """{ "obj": [1] }""", "{ obj { x } }"),
        new("aliases and typename", Nullability, NullRoot, "{ first: a second: a __typename t: __typename obj { __typename } }"),
        new("merged fields", Nullability, NullRoot, "{ obj { x } obj { child { x } } ... on Query { obj { x nx } } }"),
        new("fragments and spreads", Nullability, NullRoot, "query { ...Q } fragment Q on Query { a obj { ...O } } fragment O on Obj { x child { ...O } }"),
        new("skip include literals", Nullability, NullRoot, "{ a @skip(if: true) b @include(if: false) i @skip(if: false) @include(if: true) obj @include(if: true) { x @skip(if: true) } }"),
        new("skip include variables", Nullability, NullRoot, "query ($t: Boolean!, $f: Boolean = false) { a @skip(if: $t) b @include(if: $f) f @include(if: $t) }", """{"t": true}"""),
        new("required argument from literal", Nullability, NullRoot, "{ need(arg: 1) opt }"),
        new("default argument from missing variable", Nullability, NullRoot, "query ($v: Int) { opt(arg: $v) }"),
        new("null variable to non-null argument", Nullability, NullRoot, "query ($v: Int = 1) { need(arg: $v) a }", """{"v": null}"""),
        new("variable of wrong type", Nullability, NullRoot, "query ($v: Int) { opt(arg: $v) }", """{"v": "abc"}"""),
        new("missing required variable", Nullability, NullRoot, "query ($v: Int!) { need(arg: $v) }", "{}"),
        new("null for required variable", Nullability, NullRoot, "query ($v: Int!) { need(arg: $v) }", """{"v": null}"""),
        new("input object variable", Nullability, NullRoot, "query ($v: In) { input(v: $v) }", """{"v": {"a": 1, "c": 2}}"""),
        new("input object missing field", Nullability, NullRoot, "query ($v: In) { input(v: $v) }", """{"v": {"b": "x"}}"""),
        new("input object unknown field", Nullability, NullRoot, "query ($v: In) { input(v: $v) }", """{"v": {"a": 1, "bb": "x"}}"""),
        new("input object not an object", Nullability, NullRoot, "query ($v: In) { input(v: $v) }", """{"v": [1]}"""),
        new("list variable coercion", Nullability, NullRoot, "query ($v: [Int!]) { many(v: $v) }", """{"v": 1}"""),
        new("list variable bad item", Nullability, NullRoot, "query ($v: [Int!]) { many(v: $v) }", """{"v": [1, null, "x"]}"""),
        new("oneOf variable two fields", Nullability, NullRoot, "query ($v: One) { one(v: $v) }", """{"v": {"a": 1, "b": "x"}}"""),
        new("oneOf variable null field", Nullability, NullRoot, "query ($v: One) { one(v: $v) }", """{"v": {"a": null}}"""),
        new("oneOf variable ok", Nullability, NullRoot, "query ($v: One) { one(v: $v) }", """{"v": {"b": "x"}}"""),
        new("enum variable unknown", Nullability, NullRoot, "query ($v: Color) { a }", """{"v": "PURPLE"}"""),
        new("interface field with fragments", Characters, HeroRoot, "{ hero { id name ... on Droid { primaryFunction } ... on Human { height } friends { name ... on Human { height } } } }"),
        new("non-null name inside nullable list item", Characters, HeroRoot, "{ hero { friends { id name } } }"),
        new("non-null list of non-null heroes", Characters, HeroRoot, "{ heroes { id name } }"),
        new("union with unknown and missing typename", Characters, HeroRoot, "{ search { __typename ... on Starship { name } ... on Character { name } } }"),
        new("interface resolved to non-implementing type", Characters, HeroRoot, "{ node(id: 1) { id } }"),
        new("mutation root fields", Characters, HeroRoot, "mutation { first second again: first }"),
        new("named operation selection", Characters, HeroRoot, "query A { hero { id } } query B { heroes { id } }", null, "B"),
        new("unknown operation name", Characters, HeroRoot, "query A { hero { id } }", null, "C"),
        new("typename on union members", Characters, HeroRoot, "{ search { __typename } }"),
        new("skip on fragment spread and inline fragment", Nullability, NullRoot, "query ($t: Boolean = true) { ...F @skip(if: $t) ... on Query @include(if: $t) { a } ... @skip(if: false) { b } } fragment F on Query { i }"),
        new("fragment on interface applied to object", Characters, HeroRoot, "{ hero { ...C } heroes { ...N } } fragment C on Character { name ... on Droid { primaryFunction } } fragment N on Node { id }"),
        new("same fragment spread twice", Characters, HeroRoot, "{ hero { ...N ...N friends { ...N } } } fragment N on Node { id }"),
        new("null in list of lists with non-null inner items", Nullability, """{ "nested": [[1, null], [2], []] }""", "{ nested }"),
        new("empty lists and objects", Nullability, """{ "list": [], "objs": [], "obj": {} }""", "{ list objs { x } obj { x child { x } } }"),
        new("list variable inside list literal", Nullability, NullRoot, "query ($a: Int, $b: Int) { many(v: [$a, 2]) list }", """{"a": 1}"""),
        new("missing variable inside non-null list literal", Nullability, NullRoot, "query ($a: Int) { many(v: [$a]) }", "{}"),
        new("input object literal with variable fields", Nullability, NullRoot, "query ($x: Int!, $c: [Int]) { input(v: {a: $x, c: $c}) }", """{"x": 3, "c": [1]}"""),
        new("oneOf literal with null variable", Nullability, NullRoot, "query ($a: Int) { one(v: {a: $a}) }", """{"a": null}"""),
        new("boolean and float coercion of results", Nullability, """{ "b": 1, "f": "1.5", "i": 1.0, "id": true }""", "{ b f i id }"),
        new("deep objects mixing errors and data", Nullability, """{ "objs": [{ "x": 1, "nx": 1, "items": [{ "nx": 1 }, { "nx": null }] }, { "x": 2, "nx": 2, "items": null }] }""", "{ objs { x items { nx } } }"),
        new("mutation with errors keeps order", Characters, """{ "first": "not an int", "second": "two" }""", "mutation { second first }"),
    ];
}
