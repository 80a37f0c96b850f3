namespace Graph.Cli.Tests.Corpus;

/// <summary>The CLI differential corpus: each case runs through <c>graph</c> and graphql-js.</summary>
internal static class CliCases
{
    public static IEnumerable<CliCase> All() => Parse().Concat(Validate()).Concat(Execute()).Concat(SchemaTools());

    private static IEnumerable<CliCase> Parse()
    {
        string[] documents =
        [
            "query Q($a: [Int!]! = [1, 2], $b: In @dir) @op { f(a: $a, o: {x: 1, y: [true, null]}) @skip(if: $b) { ...F ... on T { g } ... @include(if: true) { h } } }",
            "subscription { s }  mutation M { m(s: \"\"\"block\n  string\"\"\") }",
            "fragment F($v: Int = 3) on T { f(v: $v) }",
            "\"desc\" extend type T implements I & J @d { f(a: Int = 1 @d): [T!]! }",
            "directive @d(\"arg\" a: Int) repeatable on FIELD | VARIABLE_DEFINITION",
            "schema @d { query: Q } extend schema { mutation: M }",
            "enum E { A @deprecated B } extend enum E { C } input I @oneOf { a: Int, b: String } extend input I { c: ID }",
            "interface I implements J & K { f: Int } union U = | A | B scalar S @specifiedBy(url: \"u\")",
            "{ unicode: f(s: \"\\u{1F600} \\uD83D\\uDE00 é\") }",
            "{ f(a: 1.5e10, b: -0, c: 0.0, d: \"\\\"quoted\\\" \\n\") }",
            "{ a",
            "{ a(b: 0x1) }",
            "{ a(b: 1.) }",
            "{ a(b: \"\\uD800\") }",
            "query { ... }",
            "type T { f: }",
            "{ a } ?",
            "\"\"\"unterminated",
            "query Q($a: Int = $b) { f }",
            "{ f(a: 1 a: 2) }",
        ];
        return documents.Select((document, i) => new CliCase($"parse-{i:00}", "parse", Document: document));
    }

    private static IEnumerable<CliCase> Validate()
    {
        string[] documents =
        [
            "{ hero { name friends { name } } }",
            "{ hero { nam } }",
            "{ hero }",
            "{ hero { name ... on Human { height(unit: YARD) } } }",
            "query A { hero { id } } query A { hero { id } }",
            "{ hero { id } } query B { hero { id } }",
            "query ($id: ID) { droid(id: $id) { id } }",
            "query ($unused: Int) { hero { id } }",
            "{ droid(id: $missing) { id } }",
            "{ hero { ...Cycle } } fragment Cycle on Character { friends { ...Cycle } }",
            "{ hero { ...Unknown } }",
            "{ hero { id } } fragment Unused on Human { id }",
            "{ hero { ... on Numbers { int } } }",
            "{ hero { name: id name } }",
            "{ search(text: \"x\") { ... on Human { height } ... on Droid { height: primaryFunction } } }",
            "{ hero @skip(if: true) @skip(if: false) { id } }",
            "{ hero @unknown { id } }",
            "query @include(if: true) { hero { id } }",
            "mutation { rate(input: { stars: \"five\" }) }",
            "mutation { rate(input: { comment: \"no stars\" }) }",
            "mutation { rate(input: { stars: 1, by: { name: \"a\", id: \"1\" } }) }",
            "mutation { rate(input: { stars: 1, stars: 2 }) }",
            "mutation { rate(input: { stars: 1, nope: 2 }) }",
            "query ($s: String) { search(text: $s) { __typename } }",
            "query ($r: RatingInput) { hero { id } }",
            "query ($c: Character) { hero { id } }",
            "subscription { a: hero { id } b: hero { id } }",
            "{ droid { id } }",
            "{ droid(id: 1, id: 2) { id } }",
            "{ hero { id(x: 1) } }",
            "fragment F on Nope { id } { hero { ...F } }",
            "{ hero { ... on SearchResult { __typename } } }",
            "{ numbers { int { x } } }",
            "type T { f: Int }",
            "{ hero(episode: JEDI) { appearsIn } }",
            "{ hero(episode: \"JEDI\") { id } }",
            "query ($e: Episode = JEDI, $e: Int) { hero(episode: $e) { id } }",
            "query ($n: Int!) { search(text: \"x\", first: $n) { __typename } }",
            "query ($n: [Int]) { search(text: \"x\", first: $n) { __typename } }",
            "{ __schema { queryType { name } } __type(name: \"Human\") { name } }",
        ];
        return documents.Select((document, i) => new CliCase($"validate-{i:00}", "validate", Schemas.StarWars, document));
    }

    private static IEnumerable<CliCase> Execute()
    {
        var cases = new List<(string Document, string? Variables, string? Operation)>
        {
            ("{ hero { __typename id name appearsIn friends { name ... on Human { height } } } }", null, null),
            ("{ search(text: \"x\") { __typename ... on Droid { primaryFunction } ... on Human { name } } }", null, null),
            ("{ droid(id: 1) { id name } }", null, null),
            ("{ numbers { int } }", null, null),
            ("{ numbers { float string boolean id } }", null, null),
            ("{ matrix strictList }", null, null),
            ("{ strictItems }", null, null),
            ("{ a: hero { name } b: hero { id } }", null, null),
            ("query ($skip: Boolean!) { hero { id @skip(if: $skip) name @include(if: $skip) } }", """{"skip": true}""", null),
            ("query ($skip: Boolean!) { hero { id @skip(if: $skip) } }", """{}""", null),
            ("query ($e: Episode) { hero(episode: $e) { id } }", """{"e": "NOPE"}""", null),
            ("query ($id: ID!) { droid(id: $id) { id } }", """{"id": 5}""", null),
            ("query ($id: ID!) { droid(id: $id) { id } }", """{"id": 1.5}""", null),
            ("query A { hero { id } } query B { droid(id: 1) { name } }", null, "B"),
            ("query A { hero { id } } query B { droid(id: 1) { name } }", null, null),
            ("query A { hero { id } }", null, "C"),
            ("mutation { rename(id: 1000, name: \"Luke Skywalker\") { name } rate(input: { stars: 5 }) }", null, null),
            ("query ($input: RatingInput!) { hero { id } }", """{"input": {"stars": 1, "by": {"name": "a", "id": "b"}}}""", null),
            ("query ($input: RatingInput!) { hero { id } }", """{"input": {"stars": 1, "tags": "single"}}""", null),
            ("{ hero { ...C } } fragment C on Character { id ... on Droid { primaryFunction } }", null, null),
            ("{ __typename hero { __typename } }", null, null),
            ("{ __type(name: \"Episode\") { name kind enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }", null, null),
            ("{ __type(name: \"Human\") { fields(includeDeprecated: true) { name isDeprecated args { name defaultValue type { kind ofType { name } } } } interfaces { name } } }", null, null),
            ("{ __type(name: \"ReviewerInput\") { isOneOf inputFields { name } } }", null, null),
            ("{ hero { nope } }", null, null),
            ("{ hero ", null, null),
            ("query ($n: Int) { search(text: \"x\", first: $n) { __typename } }", """{"n": 4294967296}""", null),
        };
        return cases.Select((c, i) => new CliCase($"execute-{i:00}", "execute", Schemas.StarWars, c.Document, Schemas.StarWarsData, c.Variables, c.Operation))
            .Append(new CliCase("execute-documented", "execute", Schemas.Documented, "{ item(id: 1) { name price tags } items { id } }", Schemas.DocumentedData));
    }

    private static IEnumerable<CliCase> SchemaTools() =>
    [
        new("introspect-starwars", "introspect", Schemas.StarWars),
        new("introspect-documented", "introspect", Schemas.Documented),
        new("print-starwars", "schema-print", Schemas.StarWars),
        new("print-documented", "schema-print", Schemas.WithoutAppliedCustomDirectives(Schemas.Documented)),
    ];
}
