namespace Graph.Language.Tests;

/// <summary>A source that must fail to parse with exactly this message at this line and column.</summary>
public sealed record SyntaxErrorCase(string Source, string Message, int Line, int Column, string Kind = "document")
{
    public override string ToString() => $"{Kind}: {Source}";
}

/// <summary>
/// Syntax errors as data, in the style of graphql-js's parser and lexer tests. Every case is also
/// run through graphql-js 17 by the differential tests, so the expectations are its output
/// (run with <c>allowEmptySelectionSets: false</c>, as the specification requires a selection).
/// </summary>
public static class SyntaxErrorCases
{
    public static readonly SyntaxErrorCase[] All =
    [
        // Documents and definitions (spec 2.2)
        new("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        new("   # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1),
        new("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        new("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3),
        new("{ a { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        new("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1),
        new("...", "Syntax Error: Unexpected \"...\".", 1, 1),
        new("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20),
        new("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10),
        new("{ field(arg: ) }", "Syntax Error: Unexpected \")\".", 1, 14),
        new("{ field(: 1) }", "Syntax Error: Expected Name, found \":\".", 1, 9),
        new("{ field() }", "Syntax Error: Expected Name, found \")\".", 1, 9),
        new("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        new("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        new("query Foo($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 13),
        new("query Foo($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 21),
        new("query Foo($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 21),
        new("query Foo($a: Int @dir(x: $b)) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 27),
        new("subscription { a } extra", "Syntax Error: Unexpected Name \"extra\".", 1, 20),
        new("query Foo { a } }", "Syntax Error: Unexpected \"}\".", 1, 17),
        new("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1),
        new("\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        new("\"desc\" ?", "Syntax Error: Unexpected character: \"?\".", 1, 8),
        new("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7),
        new("\"\"\"desc\"\"\" notAKeyword", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        new("query Foo($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 19),
        new("query Foo($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 19),
        new("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13),
        new("{ a(b: {c 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11),
        new("{ a(b: \"str\" c: 1 @) }", "Syntax Error: Expected Name, found \"@\".", 1, 19),
        new("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        new("query { a } query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 18),
        new("{ a }\n\n  mutation", "Syntax Error: Expected \"{\", found <EOF>.", 3, 11),
        new("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10),

        // Lexer (spec 2.1)
        new("?", "Syntax Error: Unexpected character: \"?\".", 1, 1),
        new("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5),
        new("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1),
        new("\u00a0", "Syntax Error: Unexpected character: U+00A0.", 1, 1),
        new("{ é }", "Syntax Error: Unexpected character: U+00E9.", 1, 3),
        new("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1),
        new("\ud800", "Syntax Error: Invalid character: U+D800.", 1, 1),
        new("\udc00 ", "Syntax Error: Invalid character: U+DC00.", 1, 1),
        new("# comment \ud83d", "Syntax Error: Invalid character: U+D83D.", 1, 11),
        new("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        new("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1),
        new("{ a(b: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8),
        new(". a", "Syntax Error: Unexpected character: \".\".", 1, 1),
        new("{ a(b: \"x) }", "Syntax Error: Unterminated string.", 1, 13),
        new("{ a(b: \"x\ny\") }", "Syntax Error: Unterminated string.", 1, 10),
        new("\"\"\"never ends", "Syntax Error: Unterminated string.", 1, 14),
        new("\"\"\"line one\nline two", "Syntax Error: Unterminated string.", 2, 9),
        new("\"bad \\z escape\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6),
        new("\"bad \\u12 escape\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12 e\".", 1, 6),
        new("\"bad \\uXYZW\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 2 + 4),
        new("\"bad \\u{}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6),
        new("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6),
        new("\"bad \\u{D800}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 6),
        new("\"bad \\u{12345678}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 6),
        new("\"bad \\u{1F600\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 6),
        new("\"lone lead \\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 12),
        new("\"lone trail \\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 13),
        new("\"lead lead \\uD83D\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 12),
        new("\"lead then other \\uD83D\\u0041\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 18),
        new("\"lone \ud800 in string\"", "Syntax Error: Invalid character within String: U+D800.", 1, 7),
        new("\"\"\"lone \udfff in block\"\"\"", "Syntax Error: Invalid character within String: U+DFFF.", 1, 9),
        new("\"é \\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 4),
        new("\"😀 \\q\"", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 5),
        new("\"\\u{😀}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{\ud83d\".", 1, 2),

        // Numbers (spec 2.9.1, 2.9.2): lookahead rules
        new("{ a(b: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9),
        new("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        new("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        new("{ a(b: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11),
        new("{ a(b: 123abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 11),
        new("{ a(b: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9),
        new("{ a(b: -01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 10),
        new("{ a(b: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11),
        new("{ a(b: 1.e1) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 10),
        new("{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9),
        new("{ a(b: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9),
        new("{ a(b: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9),
        new("{ a(b: 1.5e3x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 13),
        new("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2),
        new("1", "Syntax Error: Unexpected Int \"1\".", 1, 1),
        new("1.5", "Syntax Error: Unexpected Float \"1.5\".", 1, 1),

        // Type system (spec 3)
        new("type", "Syntax Error: Expected Name, found <EOF>.", 1, 5),
        new("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        new("type A { f }", "Syntax Error: Expected \":\", found \"}\".", 1, 12),
        new("type A implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19),
        new("type A implements B & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23),
        new("type A implements B, C { f: Int }", "Syntax Error: Unexpected Name \"C\".", 1, 22),
        new("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11),
        new("union U = | | A", "Syntax Error: Expected Name, found \"|\".", 1, 13),
        new("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        new("enum E { A null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 12),
        new("enum E { \"null\" }", "Syntax Error: Expected Name, found \"}\".", 1, 17),
        new("enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        new("input I { f(a: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12),
        new("input I { f: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20),
        new("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16),
        new("schema { notAnOperation: Q }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 10),
        new("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10),
        new("scalar S @d(a: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 16),
        new("directive @d on UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 17),
        new("directive @d on FIELD | | QUERY", "Syntax Error: Expected Name, found \"|\".", 1, 25),
        new("directive @d(a: Int) repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 32),
        new("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11),
        new("directive @d repeatable repeatable on FIELD", "Syntax Error: Expected \"on\", found Name \"repeatable\".", 1, 25),
        new("extend", "Syntax Error: Unexpected <EOF>.", 1, 7),
        new("extend query", "Syntax Error: Unexpected Name \"query\".", 1, 8),
        new("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14),
        new("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16),
        new("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14),
        new("extend type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 16),
        new("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19),
        new("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15),
        new("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14),
        new("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15),
        new("extend type T implements", "Syntax Error: Expected Name, found <EOF>.", 1, 25),
        new("type T { f(a: Int = 1 @d(x: $v)): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 29),
        new("\"d\" \"e\" type T", "Syntax Error: Unexpected String \"e\".", 1, 5),

        // Values, types and schema coordinates parsed alone
        new("", "Syntax Error: Unexpected <EOF>.", 1, 1, "value"),
        new("[1, 2", "Syntax Error: Unexpected <EOF>.", 1, 6, "value"),
        new("{a: 1} extra", "Syntax Error: Expected <EOF>, found Name \"extra\".", 1, 8, "value"),
        new("$var", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 1, "constValue"),
        new("[String", "Syntax Error: Expected \"]\", found <EOF>.", 1, 8, "type"),
        new("String!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 8, "type"),
        new("[]", "Syntax Error: Expected Name, found \"]\".", 1, 2, "type"),
        new("Query. field", "Syntax Error: Invalid character: \" \".", 1, 7, "coordinate"),
        new("Query.field(arg)", "Syntax Error: Expected \":\", found \")\".", 1, 16, "coordinate"),
        new("Query(arg:)", "Syntax Error: Expected <EOF>, found \"(\".", 1, 6, "coordinate"),
        new("@dir.field", "Syntax Error: Expected <EOF>, found \".\".", 1, 5, "coordinate"),
        new("", "Syntax Error: Expected Name, found <EOF>.", 1, 1, "coordinate"),
    ];

    /// <summary>
    /// Cases where graphql-js 17 accepts what the specification's grammar (Appendix C) does not:
    /// directives on a directive definition and <c>extend directive</c>. We follow the specification.
    /// </summary>
    public static readonly SyntaxErrorCase[] SpecOverGraphQLJs =
    [
        new("directive @d @other on FIELD", "Syntax Error: Expected \"on\", found \"@\".", 1, 14),
        new("extend directive @d @other", "Syntax Error: Unexpected Name \"directive\".", 1, 8),
    ];
}
