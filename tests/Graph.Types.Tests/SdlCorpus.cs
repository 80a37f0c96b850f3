namespace Graph.Types.Tests;

/// <summary>
/// Valid schemas without applied custom directives: our printed SDL must equal graphql-js's
/// <c>printSchema(buildSchema(sdl))</c>, and print -> parse -> build -> print must be stable.
/// </summary>
public static class SdlCorpus
{
    public static readonly string[] Schemas =
    [
        "type Query { a: Int }",
        "type Query { a: Int b: String! c: [Float] d: [Boolean!]! e: ID }",
        """"
        "The root"
        type Query {
          "single line"
          a: Int
          """
          Multi
          line
          """
          b(
            "first arg"
            x: Int = 1
            y: String = "s"
          ): String
          c(x: [Int] = [1, 2], y: In = {a: 1, b: [RED]}, z: Color = RED): Int
        }
        input In { a: Int! b: [Color] = [GREEN] c: String = """block""" }
        enum Color { RED "green" GREEN BLUE @deprecated(reason: "use RED") }
        """",
        """
        type Query { old: Int @deprecated new: Int @deprecated(reason: "No longer supported") why: Int @deprecated(reason: "Use `new`.") f(a: Int @deprecated(reason: "x")): Int }
        input I { a: Int @deprecated }
        """,
        """
        schema { query: Root mutation: Mut }
        type Root { a: Int }
        type Mut { b: Int }
        """,
        """
        schema { query: Query }
        type Query { a: Mutation }
        type Mutation { b: Int }
        """,
        """
        "A described schema"
        schema { query: Query }
        type Query { a: Int }
        """,
        """
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Image implements Resource & Node { id: ID! url: String width: Int }
        union Media = Image | Video
        type Video implements Node { id: ID! length: Float }
        type Query { node(id: ID!): Node media: [Media!]! }
        """,
        """
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        scalar JSON
        input Find @oneOf { id: ID name: String }
        type Query { find(by: Find!): DateTime json: JSON }
        """,
        """
        directive @auth(role: String = "user", scopes: [String!]) repeatable on FIELD_DEFINITION | OBJECT
        "Caches"
        directive @cache(
          "seconds"
          maxAge: Int!
        ) on FIELD_DEFINITION
        directive @q on QUERY | FIELD | VARIABLE_DEFINITION
        type Query { a: Int }
        """,
        """
        type Query { a: Int }
        extend type Query { b: String }
        type T { x: Int }
        extend type T implements I { y: Int }
        interface I { y: Int }
        extend union U = T
        union U = Query
        enum E { A }
        extend enum E { B }
        input In { a: Int }
        extend input In { b: Int }
        extend schema { mutation: M }
        type M { m: Int }
        """,
        """
        type Query {
          "Description with \"quotes\" inside"
          a: Int
          "Description ending with a quote\""
          b: Int
          "   leading spaces"
          c: Int
          "trailing backslash\\"
          d: Int
          "A description that is very long, longer than seventy characters, so it prints as a block string"
          e: Int
          "Tabs\tand unicode \u00e9 \u2603"
          f: Int
        }
        """,
        """
        type Query { f(a: String = "with \"quotes\"", b: Float = 1.5e3, c: Float = -0.0, d: [[Int]] = [[1], []], e: Boolean = false, g: String = null): Int }
        """,
        """
        type Query { a: Int }
        type Subscription { s: Int }
        """,
        """
        type Zebra { a: Int }
        type Query { z: Zebra a: Apple }
        type Apple { b: Int }
        enum Empty { ONLY }
        """,
        """
        "\"\"\"triple quotes inside\"\"\" and more"
        type Query { a: Int }
        """,
        """
        type Query { a(x: Int, "described" y: Int): Int }
        """,
    ];
}
