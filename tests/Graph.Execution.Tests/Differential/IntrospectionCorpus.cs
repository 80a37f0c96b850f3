namespace Graph.Execution.Tests.Differential;

/// <summary>
/// SDLs whose full introspection, rebuilt by graphql-js's buildClientSchema, must print as graphql-js prints the SDL.
/// The standard query does not ask for the schema description (no <c>schemaDescription</c> option), so none is used here.
/// </summary>
public static class IntrospectionCorpus
{
    public static IReadOnlyList<string> Schemas { get; } =
    [
        "type Query { hello: String }",
        """
        "The root"
        type Query {
          "A field"
          field(
            "An argument"
            arg: Int = 42
            old: String @deprecated(reason: "Use arg")
          ): String @deprecated
          other(list: [Int!] = [1, 2], obj: In = {a: 1, b: "x\ny"}, color: Color = RED): [Color!]!
        }
        "Colors"
        enum Color { RED "green" GREEN @deprecated(reason: "Too bright") BLUE }
        input In { a: Int!, b: String = "d", gone: Int @deprecated(reason: "no") }
        """,
        """
        schema { query: Root mutation: Change subscription: Events }
        type Root { node(id: ID!): Node, search: [SearchResult] }
        type Change { rename(id: ID!, name: String!): Node }
        type Events { changed: Node }
        interface Node { id: ID! }
        interface Named implements Node { id: ID!, name: String }
        type User implements Named & Node { id: ID!, name: String, friends(first: Int = 10): [User!]! }
        type Bot implements Node { id: ID! }
        union SearchResult = User | Bot
        """,
        """
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT
        directive @tag(name: String!) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCALAR
        "When"
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        scalar Json
        input Pick @oneOf { id: ID, name: String }
        type Query { at: DateTime, data(pick: Pick!): Json @cost(weight: 2) @cost }
        """,
        """
        schema { query: Query }
        type Query { a(b: [[Int!]!] = [[1]], c: Float = 1.5, d: Boolean = false, e: ID = "x", f: String = null): Int }
        """,
    ];
}
