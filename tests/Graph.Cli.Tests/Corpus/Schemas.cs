namespace Graph.Cli.Tests.Corpus;

/// <summary>Schemas of the CLI differential corpus, written for it.</summary>
internal static class Schemas
{
    public const string StarWars = """
        "The root of every read."
        type Query {
          hero(episode: Episode = NEWHOPE): Character
          search(text: String!, first: Int = 10): [SearchResult!]!
          droid(id: ID!): Droid
          "Numbers, to check serialization."
          numbers: Numbers
          matrix: [[Int]]
          strictList: [Int!]
          strictItems: [Int!]!
        }

        type Mutation {
          rename(id: ID!, name: String!): Character
          rate(input: RatingInput!): Int
        }

        enum Episode {
          NEWHOPE
          EMPIRE
          "The third one."
          JEDI @deprecated(reason: "Use EMPIRE.")
        }

        interface Node { id: ID! }

        interface Character implements Node {
          id: ID!
          name: String
          friends: [Character]
          appearsIn: [Episode]
        }

        type Human implements Character & Node {
          id: ID!
          name: String
          friends: [Character]
          appearsIn: [Episode]
          height(unit: LengthUnit = METER): Float
          mass: Float @deprecated
        }

        type Droid implements Character & Node {
          id: ID!
          name: String
          friends: [Character]
          appearsIn: [Episode]
          primaryFunction: String!
        }

        union SearchResult = Human | Droid

        enum LengthUnit { METER FOOT }

        type Numbers { int: Int, float: Float, string: String, boolean: Boolean, id: ID }

        input RatingInput {
          stars: Int!
          comment: String = "none"
          tags: [String!]
          by: ReviewerInput
        }

        input ReviewerInput @oneOf { name: String, id: ID }
        """;

    public const string StarWarsData = """
        {
          "hero": { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech",
            "appearsIn": ["NEWHOPE", "EMPIRE", "JEDI"],
            "friends": [
              { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 },
              { "__typename": "Human", "id": "1002", "name": "Han", "height": 1.8, "mass": 80 },
              null
            ] },
          "search": [
            { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 },
            { "__typename": "Droid", "id": "2000", "name": "C-3PO", "primaryFunction": null }
          ],
          "droid": { "__typename": "Droid", "id": 2001, "name": "R2-D2", "primaryFunction": "Astromech" },
          "numbers": { "int": 2147483648, "float": 1.5, "string": true, "boolean": 1, "id": 7 },
          "matrix": [[1, 2], null, [3, null]],
          "strictList": [1, null, 3],
          "strictItems": [1, 2, null],
          "rename": { "__typename": "Human", "id": "1000", "name": "Luke Skywalker" },
          "rate": 5
        }
        """;

    public const string Documented = """"
        schema { query: Root mutation: Change }

        "A directive that can be repeated."
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION

        directive @cached(seconds: Int = 60) on FIELD_DEFINITION

        """
        The entry point.

          Indented line kept.
        """
        type Root @tag(name: "root") {
          "Plain description."
          item(
            "Which one."
            id: ID! @tag(name: "arg")
            old: String @deprecated(reason: "Not used.")
          ): Item @cached
          items(filter: ItemFilter, order: [Order!] = [{field: NAME, direction: ASC}]): [Item!]!
        }

        type Change { touch(id: ID!): Item }

        type Item { id: ID!, name: String, price: Float, tags: [String!] }

        input ItemFilter {
          name: String
          minPrice: Float = 0.5
          legacy: Boolean @deprecated(reason: "Ignored.")
        }

        input Order { field: OrderField!, direction: Direction! = ASC }

        enum OrderField { NAME PRICE }

        enum Direction { ASC DESC }

        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """";

    public const string DocumentedData = """{ "item": { "id": "1", "name": "Mug", "price": 9.5, "tags": ["kitchen"] }, "items": [] }""";

    /// <summary>
    /// graphql-js's printSchema drops applied custom directives, which we keep (they carry the
    /// composition metadata), so print comparisons use the schema without them;
    /// SchemaCommandTests checks that we keep them.
    /// </summary>
    public static string WithoutAppliedCustomDirectives(string sdl) => sdl
        .Replace(" @tag(name: \"root\")", string.Empty, StringComparison.Ordinal)
        .Replace(" @tag(name: \"arg\")", string.Empty, StringComparison.Ordinal)
        .Replace("): Item @cached", "): Item", StringComparison.Ordinal);
}
