using FluentAssertions;
using Graph.Testing;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

/// <summary>The checked-in composition (<c>schema/composite.graphql</c>, <c>schema/gateway.graphql</c>) matches a fresh one.</summary>
public sealed class CheckedInCompositionTests
{
    private static readonly string SchemaDirectory = Path.Combine(RepositoryPaths.Root, "schema");

    [Fact]
    public void The_Subgraphs_Of_The_Manifest_Should_Compose_Without_Errors()
    {
        var result = Fresh();

        result.Errors.Where(e => e.Severity == CompositionSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void The_Checked_In_Client_Schema_Should_Equal_A_Fresh_Composition()
    {
        var fresh = Fresh().ComposedSchema!.PrintClientSchema();

        File.ReadAllText(Path.Combine(SchemaDirectory, "composite.graphql")).Should()
            .Be(fresh, "schema/composite.graphql is stale: run ./graph compose and commit schema/composite.graphql and schema/gateway.graphql");
    }

    [Fact]
    public void The_Checked_In_Execution_Schema_Should_Equal_A_Fresh_Composition()
    {
        var fresh = Fresh().ComposedSchema!.PrintExecutionSchema();

        File.ReadAllText(Path.Combine(SchemaDirectory, "gateway.graphql")).Should()
            .Be(fresh, "schema/gateway.graphql is stale: run ./graph compose and commit schema/composite.graphql and schema/gateway.graphql");
    }

    private static CompositionResult Fresh() =>
        SchemaComposer.Compose(CompositionManifest.Load(Path.Combine(SchemaDirectory, "subgraphs.json")).LoadSourceSchemas());
}
