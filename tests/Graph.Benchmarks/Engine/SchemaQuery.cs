namespace Graph.Benchmarks.Engine;

/// <summary>
/// The "typical" ~2 KB query against the generated SDL (<see cref="SchemaSdlGenerator"/>): one named operation with
/// variables and defaults, aliases, nested selections, named fragments, inline fragments on an interface and union
/// members, object and list literals, and <c>@include</c>/<c>@skip</c>. It is valid; the benchmark checks that both
/// engines report no errors.
/// </summary>
internal static class SchemaQuery
{
    public const string Text = """
        query ProductPage(
          $id: ID!
          $first: Int = 10
          $after: String
          $filter: Filter1
          $locale: String = "en"
          $withRelated: Boolean! = true
          $currency: Currency = EUR
        ) {
          primary: item1(id: $id) {
            ...ItemCard1
            related(first: $first, after: $after, filter: $filter) @include(if: $withRelated) {
              ...ItemCard2
              parent { id title }
              related(first: 3) { id name(locale: $locale) category }
            }
            score(weights: [1.0, 2.5, 0.25], mode: CATEGORY_1_2)
          }
          secondary: item2(id: "item-2") {
            ...ItemCard2
            cheap: price(currency: USD)
            local: price(currency: $currency)
          }
          list: items3(
            filter: {
              term: "running shoes"
              minPrice: 10.5
              price: { min: 10, max: 250.5, inclusive: false }
              category: CATEGORY_3_1
              and: [{ ids: ["1", "2", "3"] }, { term: "red" }]
            }
            first: 20
          ) {
            ...ItemCard3
            ... on Entity0 { updatedAt }
            legacyCode @skip(if: $withRelated)
          }
          node(id: $id) {
            id
            __typename
            ... on Item4 { title price(currency: JPY) tags }
            ... on Entity0 { name(locale: $locale) updatedAt }
            ...ItemCard1
          }
          search(term: "boots", first: 5) {
            __typename
            ... on Node { id }
            ... on Item0 { title updatedAt }
            ... on Item1 { ...ItemCard1 }
            ... on Item2 { tags(first: 3) parent { ...ItemCard1 } }
          }
        }

        fragment ItemCard1 on Item1 {
          id
          name(locale: $locale)
          title
          price(currency: $currency)
          category
          tags(first: 5)
          updatedAt
          metadata(keys: ["color", "size", "material"])
        }

        fragment ItemCard2 on Item2 {
          id
          name(locale: $locale)
          title
          price
          category
          tags
          score(mode: CATEGORY_2_0)
          metadata(keys: ["color"])
        }

        fragment ItemCard3 on Item3 {
          id
          name
          title
          price(currency: GBP)
          category
          parent { id ...ItemCard2Ref }
          related(first: 2) { id title }
        }

        fragment ItemCard2Ref on Item2 {
          title
          updatedAt
        }

        """;
}
