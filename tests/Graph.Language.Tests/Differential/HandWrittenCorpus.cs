namespace Graph.Language.Tests;

/// <summary>Hand-written valid inputs compared with graphql-js: its printed output must equal ours.</summary>
public static class HandWrittenCorpus
{
    private static readonly string LongArguments = string.Join(", ", Enumerable.Range(0, 12).Select(i => $"argument{i}: {i}"));

    public static readonly string[] Documents =
    [
        TestFiles.Read("Corpus/kitchen-sink.graphql"),
        TestFiles.Read("Corpus/schema-kitchen-sink.graphql"),
        "{ a }",
        "query { a }",
        "query Q { a }",
        "query @dir { a }",
        "query ($a: Int) { a }",
        "{ a(b: {}) }",
        "{ a(b: []) }",
        "{ a(b: [[], [[]], {c: []}]) }",
        "\uFEFF{ bom }",
        "{ a\uFEFFb }",
        "{ a }\r\n{ b }\r{ c }\n",
        ",,,{,a,,b,},,,",
        "{ a(b: \"\") }",
        "{ a(b: \"\"\"\"\"\") }",
        "{ a(b: 0, c: -0, d: 0.0, e: -1.5e-10, f: 1E+3, g: 123456789012345678901234567890) }",
        // Spec 2.9.4 block string example and BlockStringValue() edge cases.
        "mutation {\n  sendEmail(message: \"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\")\n}",
        "{ a(b: \"\"\"\n\n   \n  first\n    second\n  \n\n\"\"\") }",
        "{ a(b: \"\"\"  leading on first line\n    kept relative\n  indent\"\"\") }",
        "{ a(b: \"\"\"\ttab\n\t\tindented\"\"\") }",
        "{ a(b: \"\"\"contains \\\"\"\" escaped triple\"\"\") }",
        "{ a(b: \"\"\"\\\"\"\"\"\"\") }",
        "{ a(b: \"\"\"ends with quote\"\"\"\" ) }",
        "{ a(b: \"\"\"backslash \\n stays\\\"\"\") }",
        "{ a(b: \"\"\"\r\n  crlf\r\n  lines\r\n\"\"\") }",
        "{ a(b: \"\"\"   \"\"\") }",
        "{ a(b: \"\"\"unicode é ☕ 😀 in block\"\"\") }",
        "{ a(b: \"\"\" starts with space\"\"\") }",
        "{ a(b: \"\"\"a very long single line block string that exceeds seventy characters in length for sure\"\"\") }",
        "{ a(b: \"\"\"\n  line\n\"\"\"\n c: \"\"\"x\n  y\n z\"\"\") }",
        // String escapes, unicode (spec 2.9.4).
        "{ a(b: \"\\u0000 \\u001F \\u007F \\u0080 \\u009F \\u00A0 \\u2028\") }",
        "{ a(b: \"\\u{0} \\u{10FFFF} \\u{000000041} \\uD83D\\uDE00 \\u{1F600} \\uFFFF\") }",
        "{ a(b: \"raw control \u0001 \u007f and tab\tinside\") }",
        "{ a(b: \"é ☕ 😀\") # comment é ☕ 😀\n c }",
        // Printer line wrapping (graphql-js wraps arguments past 80 columns).
        $"{{ field({LongArguments}) }}",
        $"{{ alias: field({LongArguments}) @dir(a: 1) {{ sub }} }}",
        $"{{ ...Frag @dir({LongArguments}) }}",
        "{ a(list: [\"aaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccc\", \"dddddddddddddddddddd\"]) }",
        "{ a(object: {first: \"aaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbb\", third: \"cccccccccccccccccccc\"}) }",
        "{ a(nested: {list: [{x: \"aaaaaaaaaaaaaaaaaaaa\"}, {y: \"bbbbbbbbbbbbbbbbbbbb\"}, {z: \"cccccccccccccccccccc\"}]}) }",
        "{ a(b: \"\"\"\n  multi\n  line\n\"\"\", c: 1) }",
        "query Q(\"\"\"\nmultiline var description\n\"\"\" $a: Int, $b: Int) { a }",
        "query Q(\"single\" $a: Int, \"other\" $b: [Int!]! = [1] @d) { a }",
        "\"\"\"\n  Operation description\n\"\"\"\nquery Q { a }",
        "\"desc\" query { a }",
        "\"desc\" fragment F on T { a }",
        "type T { f(\"\"\"\n  arg description\n  \"\"\" a: Int, b: Int): Int }",
        "directive @d(\"\"\"\n  multi\n  \"\"\" a: Int) repeatable on FIELD",
        "type T implements A & B & C { f: Int }",
        "type T implements & A { f: Int }",
        "interface I implements A & B",
        "extend interface I implements A & B",
        "union U = A | B",
        "union U = | A",
        "extend union U = C",
        "schema { query: Q }",
        "extend schema @a @b",
        "enum E { A B @d C }",
        "input I { a: Int = 1 @d, b: [I!] = [{a: 1}] }",
        "type T { f(a: Int = 1 @d(x: 1)): Int @e }",
        "scalar S @a @b(c: [1, {d: ENUM}])",
        "\"scalar description\" scalar S",
        "\"\"\"\n\"\"\"\ntype Empty",
        "{ a(b: \"line\\nbreak\") }",
        "query A { a } query B { b } fragment C on D { e }",
        "{ a { b { c { d { e { f { g { h } } } } } } } }",
        "{ __typename ... on A { b } ... @skip(if: true) { c } ... { d } }",
        "query ($v: [[Int!]!]! = [[1]] @a @b) { f(a: $v, b: [$v], c: {d: $v}) }",
    ];

    public static readonly string[] Values =
    [
        "1",
        "-1.5e3",
        "\"str\"",
        "\"\"\"block\"\"\"",
        "true",
        "false",
        "null",
        "ENUM",
        "$var",
        "[1, [2, $v], {a: b}]",
        "{a: {b: {c: [null]}}}",
        "  [ ]  ",
    ];

    public static readonly string[] Types =
    [
        "String",
        "String!",
        "[String]",
        "[String!]!",
        "[[Int!]!]",
    ];

    public static readonly string[] Coordinates =
    [
        "Query",
        "Query.product",
        "Query.product(id:)",
        "@deprecated",
        "@deprecated(reason:)",
        "__Type.fields",
    ];
}
