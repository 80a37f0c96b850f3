using FluentAssertions;
using Graph.Testing;
using Graph.Testing.Snapshots;
using Xunit;

namespace Graph.Testing.Tests;

// Touches CI and UPDATE_SNAPSHOTS, which the snapshot helper reads: no parallel neighbours.
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class SnapshotTests : IDisposable
{
    private readonly string? _ci = Environment.GetEnvironmentVariable("CI");
    private readonly string? _update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS");
    private readonly string _name = "probe_" + Guid.NewGuid().ToString("N");

    [Fact]
    public void Match_Should_Pass_Against_The_Checked_In_Snapshot()
    {
        Snapshot.Match("query {\n  product(id: 1) { name }\n}");
    }

    [Fact]
    public void Match_Should_Ignore_Line_Ending_Differences()
    {
        Snapshot.Match("first line\r\nsecond line\r\n");
    }

    [Fact]
    public void Match_Should_Fail_With_The_First_Difference_When_Output_Changed()
    {
        Environment.SetEnvironmentVariable("CI", null);
        Snapshot.Match("alpha\nbeta\ngamma", _name);

        var changed = () => Snapshot.Match("alpha\nBETA\ngamma", _name);

        changed.Should().Throw<SnapshotMismatchException>()
            .Which.Message.Should().Contain("First difference at line 2").And.Contain("- beta").And.Contain("+ BETA");
    }

    [Fact]
    public void Match_Should_Fail_Under_CI_When_The_Snapshot_Is_Missing()
    {
        Environment.SetEnvironmentVariable("CI", "true");
        Environment.SetEnvironmentVariable("UPDATE_SNAPSHOTS", null);

        var missing = () => Snapshot.Match("anything", _name);

        missing.Should().Throw<SnapshotMismatchException>().WithMessage("*does not exist*");
        ProbePath().Should().BeNull("CI never writes snapshots");
    }

    [Fact]
    public void Match_Should_Rewrite_The_Snapshot_When_Asked_To()
    {
        Environment.SetEnvironmentVariable("CI", null);
        Snapshot.Match("old", _name);
        Environment.SetEnvironmentVariable("UPDATE_SNAPSHOTS", "1");

        Snapshot.Match("new", _name);

        File.ReadAllText(ProbePath()!).Should().Be("new\n");
    }

    [Fact]
    public void Source_Paths_Of_Deterministic_Builds_Should_Map_To_The_Checkout()
    {
        var mapped = RepositoryPaths.ResolveSourcePath("/_/tests/Graph.Testing.Tests/SnapshotTests.cs");

        mapped.Should().Be(Path.Combine(RepositoryPaths.Root, "tests/Graph.Testing.Tests/SnapshotTests.cs"));
        File.Exists(mapped).Should().BeTrue();
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("CI", _ci);
        Environment.SetEnvironmentVariable("UPDATE_SNAPSHOTS", _update);
        if (ProbePath() is { } probe)
        {
            File.Delete(probe);
        }
    }

    // Probe snapshots carry a unique name; this finds the one a test wrote, if any.
    private string? ProbePath()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Testing.Tests", "__snapshots__");
        return Directory.EnumerateFiles(directory, $"*{_name}*").SingleOrDefault();
    }
}

[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;
