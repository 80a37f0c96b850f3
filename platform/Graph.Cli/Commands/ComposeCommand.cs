using System.CommandLine;
using System.Text;
using Graph.Fusion.Composition;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph compose [--manifest schema/subgraphs.json] [--check]</c>: composes the manifest's source schemas (Composite
/// Schemas spec section 4). On errors, prints them (code and message) and exits 1. Otherwise prints the breaking changes
/// against the existing <c>composite.graphql</c> and writes <c>composite.graphql</c> (client schema) and
/// <c>gateway.graphql</c> (execution schema) next to the manifest. <c>--check</c> writes nothing and exits 1 when
/// either file is missing or differs from a fresh composition.
/// </summary>
internal static class ComposeCommand
{
    public const string ClientSchemaFile = "composite.graphql";
    public const string ExecutionSchemaFile = "gateway.graphql";

    public static Command Create(TextWriter output)
    {
        var manifest = new Option<string>("--manifest")
        {
            Description = "The composition manifest (docs/fusion.md).",
            DefaultValueFactory = _ => Path.Combine("schema", "subgraphs.json"),
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when composite.graphql or gateway.graphql is stale." };
        var command = new Command("compose", "Compose the subgraphs of a manifest into the client and execution schemas.") { manifest, check };
        command.SetAction(result => Run(result.GetValue(manifest)!, result.GetValue(check), output));
        return command;
    }

    internal static int Run(string manifestPath, bool check, TextWriter output)
    {
        CompositionManifest manifest;
        IReadOnlyList<SourceSchema> sources;
        try
        {
            manifest = CompositionManifest.Load(manifestPath);
            sources = manifest.LoadSourceSchemas();
        }
        catch (ManifestException invalid)
        {
            throw new CliUsageException(invalid.Message);
        }

        var result = SchemaComposer.Compose(sources);
        foreach (var error in result.Errors)
        {
            output.WriteLine($"{(error.Severity == CompositionSeverity.Warning ? "warning" : "error")} {error.Code}: {error.Message}");
        }

        if (result.ComposedSchema is not { } composed)
        {
            output.WriteLine($"Composition failed with {result.Errors.Count(e => e.Severity == CompositionSeverity.Error)} error(s).");
            return GraphCommand.GraphQLErrors;
        }

        var clientPath = Path.Combine(manifest.Directory, ClientSchemaFile);
        var executionPath = Path.Combine(manifest.Directory, ExecutionSchemaFile);
        var client = composed.PrintClientSchema();
        var execution = composed.PrintExecutionSchema();

        if (File.Exists(clientPath))
        {
            var breaking = SchemaDiff.BreakingChanges(File.ReadAllText(clientPath), client);
            if (breaking.Count > 0)
            {
                output.WriteLine($"Breaking changes against {ClientSchemaFile}:");
                foreach (var change in breaking)
                {
                    output.WriteLine($"  {change}");
                }
            }
        }

        if (check)
        {
            var stale = new[] { (clientPath, client), (executionPath, execution) }
                .Where(f => !File.Exists(f.Item1) || File.ReadAllText(f.Item1) != f.Item2)
                .Select(f => Path.GetFileName(f.Item1))
                .ToList();
            if (stale.Count > 0)
            {
                output.WriteLine($"{string.Join(" and ", stale)} {(stale.Count == 1 ? "is" : "are")} stale: run ./graph compose.");
                return GraphCommand.GraphQLErrors;
            }

            output.WriteLine($"{ClientSchemaFile} and {ExecutionSchemaFile} are up to date.");
            return GraphCommand.Success;
        }

        File.WriteAllText(clientPath, client, new UTF8Encoding(false));
        File.WriteAllText(executionPath, execution, new UTF8Encoding(false));
        output.WriteLine($"Wrote {clientPath} and {executionPath} ({composed.TypeNames.Count} types from {composed.SourceSchemas.Count} subgraphs).");
        return GraphCommand.Success;
    }
}
