using FluentAssertions;
using Graph.Benchmarks;
using Xunit;

namespace Graph.Testing.Tests;

public sealed class BenchmarkCommandTests
{
    private static readonly BenchmarkOption Connections = BenchmarkOption.Integer("--connections", "N", 50, "connections");
    private static readonly BenchmarkOption Target = BenchmarkOption.Text("--compare-with", "DLL", "another build");
    private static readonly BenchmarkOption Set = BenchmarkOption.Text("--set", "KEY=VALUE", "settings", repeatable: true);
    private static readonly BenchmarkOption Serve = BenchmarkOption.Flag("--serve", "child mode", hidden: true);

    private static readonly BenchmarkCommand Command = new(
        "gateway", "Gateways compared.", [Connections, Target, Set, Serve, BenchmarkOption.NoDoc], _ => Task.FromResult(0));

    [Theory]
    [InlineData("")]
    [InlineData("--connections 16 --no-doc")]
    [InlineData("--compare-with /tmp/other/Graph.Gateway.dll --set A=1 --set B=2")]
    [InlineData("--serve")]
    public void A_Command_Line_Of_Declared_Options_Should_Be_Accepted(string commandLine) =>
        Command.Check(Split(commandLine)).Should().BeNull();

    [Theory]
    [InlineData("--help-me", "unknown option '--help-me'")]
    [InlineData("--conections 16", "unknown option '--conections'")]
    [InlineData("--connections", "--connections needs a value (N)")]
    [InlineData("--connections many", "--connections needs a whole number, not 'many'")]
    [InlineData("--connections -5", "--connections needs a whole number, not '-5'")]
    [InlineData("stray", "unexpected argument 'stray'")]
    public void A_Command_Line_That_Cannot_Run_Should_Say_Why(string commandLine, string problem) =>
        Command.Check(Split(commandLine)).Should().Be(problem);

    [Fact]
    public void Operands_Should_Be_Accepted_Only_By_A_Command_That_Takes_Them()
    {
        var quick = Command with { Operands = "[METHOD...]" };

        quick.Check(["ParseQuery", "--no-doc"]).Should().BeNull();
        Command.Check(["ParseQuery"]).Should().Be("unexpected argument 'ParseQuery'");
    }

    [Fact]
    public void Help_Should_List_Every_Visible_Option_With_Its_Default()
    {
        var usage = Command.Usage();

        usage.Should().StartWith("usage: ./graph bench gateway [options]");
        usage.Should().Contain("--connections N").And.Contain("(default 50)").And.Contain("--compare-with DLL").And.Contain("--no-doc");
        usage.Should().NotContain("--serve", "a child process's mode is not for people");
        BenchmarkCommand.IsHelp("--help").Should().BeTrue();
        BenchmarkCommand.IsHelp("-h").Should().BeTrue();
    }

    [Fact]
    public void Options_Should_Read_Their_Values_Or_Defaults()
    {
        string[] args = ["--set", "A=1", "--connections", "16", "--set", "B=2", "--no-doc"];

        Connections.ReadInteger(args).Should().Be(16);
        Connections.ReadInteger([]).Should().Be(50);
        Target.ReadText(args).Should().BeNull();
        Set.ReadAll(args).Should().Equal("A=1", "B=2");
        BenchmarkOption.NoDoc.IsSet(args).Should().BeTrue();
        Serve.IsSet(args).Should().BeFalse();
    }

    private static string[] Split(string commandLine) => commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
