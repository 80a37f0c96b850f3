namespace Graph.Cli.Tests.Corpus;

/// <summary>One run of the <c>graph</c> command, described so graphql-js can answer it too.</summary>
public sealed record CliCase(
    string Name,
    string Command,
    string? Schema = null,
    string? Document = null,
    string? RootValue = null,
    string? Variables = null,
    string? OperationName = null)
{
    public override string ToString() => Name;
}
