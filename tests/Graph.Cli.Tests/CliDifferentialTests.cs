using System.Text.Json.Nodes;
using FluentAssertions;
using Graph.Cli.Tests.Corpus;
using Xunit;

namespace Graph.Cli.Tests;

/// <summary>
/// `graph` must behave as graphql-js on inputs nobody wrote tests for, so every corpus case runs
/// through both and the answers are compared: printed text exactly; JSON responses by their
/// serialized form (key order included), ignoring only <c>extensions</c> on errors, which
/// graphql-js does not give (we add stable codes).
/// </summary>
public sealed class CliDifferentialTests : IClassFixture<CliDifferentialTests.ReferenceAnswers>, IDisposable
{
    private readonly CliRun _cli = new();
    private readonly ReferenceAnswers _reference;

    public CliDifferentialTests(ReferenceAnswers reference) => _reference = reference;

    public static TheoryData<string> CaseNames() => new(CliCases.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Graph_Should_Answer_As_GraphQLJs(string name)
    {
        var c = CliCases.All().Single(x => x.Name == name);
        var expected = _reference.Answers[name];
        expected.ContainsKey("crash").Should().BeFalse($"graphql-js failed on the case itself: {expected["crash"]}");

        var (exitCode, output, error) = await _cli.RunAsync(Arguments(c));

        error.Should().BeEmpty();
        if (expected["output"] is { } text)
        {
            output.Should().Be(text.GetValue<string>() + "\n");
            exitCode.Should().Be(0);
            return;
        }

        var ours = Normalize(JsonNode.Parse(output)!);
        var theirs = Normalize(expected["result"]!);
        ours.ToJsonString().Should().Be(theirs.ToJsonString());
        exitCode.Should().Be(ExpectedExitCode(c.Command, theirs.AsObject()));
    }

    public void Dispose() => _cli.Dispose();

    private string[] Arguments(CliCase c)
    {
        string File(string name, string? content) => _cli.File(name, content ?? string.Empty);
        return c.Command switch
        {
            "parse" => ["parse", File("doc.graphql", c.Document)],
            "validate" => ["validate", "--schema", File("schema.graphql", c.Schema), File("doc.graphql", c.Document)],
            "execute" => [
                "execute", "--schema", File("schema.graphql", c.Schema), "--root-value", File("data.json", c.RootValue),
                .. c.Variables is null ? Array.Empty<string>() : ["--variables", File("vars.json", c.Variables)],
                .. c.OperationName is null ? Array.Empty<string>() : ["--operation", c.OperationName],
                File("doc.graphql", c.Document)],
            "introspect" => ["introspect", "--schema", File("schema.graphql", c.Schema)],
            "schema-print" => ["schema", "print", File("schema.graphql", c.Schema)],
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Command, "unknown command"),
        };
    }

    private static int ExpectedExitCode(string command, JsonObject result) => command switch
    {
        "execute" => result.ContainsKey("data") ? 0 : 1,
        _ => result["errors"] is JsonArray { Count: > 0 } ? 1 : 0,
    };

    // The issue fixes `data` before `errors` (graphql-js writes errors first; spec 7.1 allows
    // either), so top-level keys are put in one order before comparing.
    private static JsonNode Normalize(JsonNode node)
    {
        if (node is not JsonObject response)
        {
            return node.DeepClone();
        }

        var normalized = new JsonObject();
        foreach (var key in new[] { "data", "errors", "extensions" })
        {
            if (response.ContainsKey(key))
            {
                normalized[key] = response[key]?.DeepClone();
            }
        }

        if (normalized["errors"] is JsonArray errors)
        {
            foreach (var error in errors.OfType<JsonObject>())
            {
                error.Remove("extensions");
            }
        }

        return normalized;
    }

    public sealed class ReferenceAnswers
    {
        public IReadOnlyDictionary<string, JsonObject> Answers { get; } = GraphQLJsReference.Answer(CliCases.All().ToList());
    }
}
