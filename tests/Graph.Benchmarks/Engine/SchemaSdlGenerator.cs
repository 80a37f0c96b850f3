using System.Globalization;
using System.Text;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// Generates the ~1 MB SDL workload deterministically (no randomness, so every run and both engines parse the same
/// bytes): per block <c>b</c> an enum <c>Category{b}</c>, an input <c>Filter{b}</c>, an object type <c>Item{b}</c> with
/// described fields taking arguments, every tenth block an interface <c>Entity{b/10}</c> the next ten items
/// implement, every third block a union <c>Result{b}</c>; then a <c>Query</c> type with two root fields per block.
/// </summary>
internal static class SchemaSdlGenerator
{
    /// <summary>The SDL of <paramref name="blocks"/> blocks.</summary>
    public static string Generate(int blocks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks, 10);
        var sdl = new StringBuilder(blocks * 1600);
        sdl.Append("""
            "Cost hint for a field, as a gateway's cost analysis reads it."
            directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT

            "An RFC 3339 timestamp."
            scalar Timestamp @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

            "Currencies prices can be shown in."
            enum Currency { USD EUR GBP JPY CHF }

            "An object with a globally unique id."
            interface Node {
              "The globally unique id."
              id: ID!
            }

            "A closed range of numbers; either bound may be omitted."
            input Range { min: Float max: Float inclusive: Boolean = true }


            """);
        for (var b = 0; b < blocks; b++)
        {
            AppendBlock(sdl, b, blocks);
        }

        AppendQuery(sdl, blocks);
        return sdl.ToString();
    }

    /// <summary>The smallest number of blocks whose SDL reaches <paramref name="bytes"/> (the SDL is ASCII).</summary>
    public static string GenerateAtLeast(int bytes)
    {
        var perBlock = Generate(20).Length / 20;
        var blocks = Math.Max(10, bytes / perBlock);
        var sdl = Generate(blocks);
        while (sdl.Length < bytes)
        {
            blocks++;
            sdl = Generate(blocks);
        }

        return sdl;
    }

    private static void AppendBlock(StringBuilder sdl, int b, int blocks)
    {
        var next = (b + 1) % blocks;
        var previous = (b + blocks - 1) % blocks;
        var entity = b / 10;
        var c = CultureInfo.InvariantCulture;

        if (b % 10 == 0)
        {
            sdl.Append(c, $$"""
                "Fields shared by items {{b}} to {{b + 9}}."
                interface Entity{{entity}} implements Node {
                  id: ID!
                  "The display name in the requested locale."
                  name(locale: String = "en"): String!
                  "When the entity last changed."
                  updatedAt: Timestamp
                }


                """);
        }

        sdl.Append(c, $$"""
            "How items of block {{b}} are grouped."
            enum Category{{b}} {
            """);
        for (var v = 0; v < 8; v++)
        {
            sdl.Append(c, $"\n  \"Category {v} of block {b}.\"\n  CATEGORY_{b}_{v}");
            if (v % 4 == 3)
            {
                sdl.Append(c, $" @deprecated(reason: \"Merged into CATEGORY_{b}_{v - 1}.\")");
            }
        }

        sdl.Append("\n}\n\n");
        sdl.Append(c, $$"""
            "Filters items of block {{b}}; conditions combine with AND."
            input Filter{{b}} {
              "Only these ids."
              ids: [ID!]
              "Full-text search term."
              term: String
              minPrice: Float = 0
              price: Range
              category: Category{{b}}
              "Nested filters, all of which must match."
              and: [Filter{{b}}!]
            }

            """);
        sdl.Append(c, $$""""
            """
            An item of block {{b}}.

            Items link to the next block through `related` and to the previous one through `parent`,
            so queries can nest as deep as they like.
            """
            type Item{{b}} implements Node & Entity{{entity}} @cost(weight: {{1 + (b % 5)}}) {
              id: ID!
              "The display name in the requested locale."
              name(locale: String = "en"): String!
              "When the entity last changed."
              updatedAt: Timestamp
              "A short title for lists."
              title: String
              "The price in the requested currency."
              price(currency: Currency = USD): Float
              category: Category{{b}}
              "Free-form tags, most relevant first."
              tags(first: Int = 5): [String!]!
              "Items of the next block that go with this one."
              related(first: Int = 10, after: String, filter: Filter{{b}}): [Item{{next}}!]! @cost(weight: 10)
              "The item of the previous block this one belongs to."
              parent: Item{{previous}}
              legacyCode: String @deprecated(reason: "Use `title`.")
              "A relevance score under the given weights."
              score(weights: [Float!] = [1.0, 0.5], mode: Category{{b}}): Int
              "Metadata values for the given keys, null where missing."
              metadata(keys: [String!]!): [String]
            }


            """");
        if (b % 3 == 0)
        {
            sdl.Append(c, $"\"What a search in block {b} can return.\"\nunion Result{b} = Item{b} | Item{next} | Item{(b + 2) % blocks}\n\n");
        }
    }

    private static void AppendQuery(StringBuilder sdl, int blocks)
    {
        var c = CultureInfo.InvariantCulture;
        sdl.Append("\"The root of every read.\"\ntype Query {\n  \"Any object by its global id.\"\n  node(id: ID!): Node\n");
        sdl.Append("  \"Full-text search across blocks 0 to 2.\"\n  search(term: String!, first: Int = 20): [Result0!]!\n");
        for (var b = 0; b < blocks; b++)
        {
            sdl.Append(c, $"  \"Item {b} by id.\"\n  item{b}(id: ID!): Item{b}\n");
            sdl.Append(c, $"  \"Items of block {b}, filtered.\"\n  items{b}(filter: Filter{b}, first: Int = 20, after: String): [Item{b}!]! @cost(weight: 5)\n");
        }

        sdl.Append("}\n");
    }
}
