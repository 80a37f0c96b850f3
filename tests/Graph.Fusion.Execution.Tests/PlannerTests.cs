using FluentAssertions;
using Graph.Fusion.Execution.Normalization;
using Graph.Fusion.Execution.Planning;
using Graph.Fusion.Execution.Tests.Support;
using Graph.Language;
using Graph.Testing.Snapshots;
using Xunit;

namespace Graph.Fusion.Execution.Tests;

public sealed class PlannerTests
{
    private static readonly FusionSchema Schema = FusionSchema.Load(TestSchemas.Execution, TestSchemas.UnusedUrls);

    private static QueryPlan Plan(string document, string? operationName = null) =>
        new OperationPlanner(Schema).Plan(OperationNormalizer.Normalize(Schema.ClientSchema, Parser.Parse(document), operationName));

    [Fact]
    public void Client_Schema_Should_Hide_Fusion_Definitions_And_Inaccessible_Fields()
    {
        var sdl = Schema.ClientSchema.ToSdl();
        sdl.Should().NotContain("fusion__");
        sdl.Should().NotContain("secretCode");
        sdl.Should().Contain("shippingEstimate: Int!");
    }

    [Fact]
    public void Loading_Without_A_Url_For_A_Source_Schema_Should_Fail_With_Its_Name()
    {
        var act = () => FusionSchema.Load(TestSchemas.Execution, new Dictionary<string, Uri> { ["products"] = new("http://127.0.0.1:1/") });
        act.Should().Throw<FusionSchemaException>().WithMessage("*'reviews'*");
    }

    [Fact]
    public void Root_Fields_Of_One_Schema_Should_Be_One_Fetch()
    {
        Snapshot.Match(Plan("{ topProducts { id name } productById(id: \"p1\") { weight } }").ToYaml());
    }

    [Fact]
    public void Entity_Fields_Of_Other_Schemas_Should_Become_Parallel_Lookups_With_The_Key_Added()
    {
        Snapshot.Match(Plan("{ topProducts { name reviews { body } inStock } }").ToYaml());
    }

    [Fact]
    public void A_Required_Field_Should_Wait_For_Its_Requirements_And_Export_Them()
    {
        Snapshot.Match(Plan("{ latestReviews { product { shippingEstimate } } }").ToYaml());
    }

    [Fact]
    public void Fragments_Aliases_Variables_And_Conditions_Should_Be_Normalized_And_Forwarded()
    {
        Snapshot.Match(Plan("""
            query Top($first: Int, $withReviews: Boolean!) {
              best: topProducts(first: $first) { ...Parts ... on Product { title: name } }
            }
            fragment Parts on Product { id reviews @include(if: $withReviews) { body } inStock @skip(if: true) }
            """).ToYaml());
    }

    [Fact]
    public void Fields_Of_A_Possible_Type_Should_Be_Looked_Up_Only_For_That_Type()
    {
        Snapshot.Match(Plan("{ items { id ... on Product { reviews { body } } ... on Category { title } } }").ToYaml());
    }

    [Fact]
    public void Mutation_Like_Sequences_And_Introspection_Should_Plan_Without_Fetches_For_Introspection()
    {
        var plan = Plan("{ __typename __schema { queryType { name } } }");
        plan.Nodes.Should().BeEmpty();
        plan.HasIntrospection.Should().BeTrue();
    }

    [Fact]
    public void Concurrent_Requests_For_One_Document_Should_Plan_Once()
    {
        var cache = new PlanCache(8);
        var normalized = OperationNormalizer.Normalize(Schema.ClientSchema, Parser.Parse("{ topProducts { name } }"), null);
        var plans = Enumerable.Range(0, 16).AsParallel().Select(_ => cache.GetOrAdd(normalized.Hash, null, () => new OperationPlanner(Schema).Plan(normalized))).ToArray();
        cache.Plannings.Should().Be(1);
        plans.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void The_Plan_Cache_Should_Evict_The_Least_Recently_Used_Plan()
    {
        var cache = new PlanCache(2);
        foreach (var document in new[] { "{ topProducts { id } }", "{ topProducts { name } }", "{ items { id } }" })
        {
            var normalized = OperationNormalizer.Normalize(Schema.ClientSchema, Parser.Parse(document), null);
            cache.GetOrAdd(normalized.Hash, null, () => new OperationPlanner(Schema).Plan(normalized));
        }

        cache.Count.Should().Be(2);
        cache.Plannings.Should().Be(3);
    }
}
