using System.CommandLine;

namespace Graph.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Schema() => new("--schema")
    {
        Description = "The schema, as an SDL file.",
        Required = true,
    };

    public static Argument<string> Document() => new("DOCUMENT")
    {
        Description = "An executable GraphQL document; - for standard input.",
    };
}
