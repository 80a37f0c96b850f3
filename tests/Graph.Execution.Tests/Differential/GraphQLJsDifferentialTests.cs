using System.Text.Json.Nodes;
using FluentAssertions;
using Graph.Execution.Introspection;
using Graph.Execution.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Execution.Tests.Differential;

/// <summary>Runs both corpora through our engine and through graphql-js (one node process for everything).</summary>
public sealed class GraphQLJsRun
{
    public static IReadOnlyList<ExecutionCase> AllCases { get; } = [.. ExecutionCorpus.Cases, .. GeneratedCorpus.Cases(150)];

    public GraphQLJsRun()
    {
        var inputs = new List<JsonObject>();
        foreach (var c in AllCases)
        {
            var ours = TestGraph.Executor(c.Schema).RunAsync(c.Document, c.RootValue, c.Variables, c.OperationName).GetAwaiter().GetResult();
            Ours.Add(JsonNode.Parse(ours.ToJson())!.AsObject());
            inputs.Add(new JsonObject
            {
                ["kind"] = "execute",
                ["schema"] = c.Schema,
                ["rootValue"] = JsonNode.Parse(c.RootValue),
                ["document"] = c.Document,
                ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
                ["operationName"] = c.OperationName,
            });
        }

        foreach (var sdl in IntrospectionCorpus.Schemas)
        {
            var result = TestGraph.Executor(sdl).RunAsync(IntrospectionQuery.Full).GetAwaiter().GetResult();
            Introspections.Add(JsonNode.Parse(result.ToJson())!.AsObject());
            inputs.Add(new JsonObject { ["kind"] = "introspect", ["schema"] = sdl, ["introspection"] = JsonNode.Parse(result.ToJson())!["data"]?.DeepClone() });
        }

        var answers = GraphQLJs.Run(inputs);
        Theirs = answers.Take(AllCases.Count).ToArray();
        IntrospectionAnswers = answers.Skip(AllCases.Count).ToArray();
    }

    public List<JsonObject> Ours { get; } = [];

    public IReadOnlyList<JsonObject> Theirs { get; }

    public List<JsonObject> Introspections { get; } = [];

    public IReadOnlyList<JsonObject> IntrospectionAnswers { get; }
}

public sealed class GraphQLJsDifferentialTests(GraphQLJsRun run, ITestOutputHelper output) : IClassFixture<GraphQLJsRun>
{
    [Fact]
    public void Execution_Should_Agree_With_GraphQLJs_On_Data_And_Error_Paths()
    {
        int dataAgree = 0, pathsAgree = 0, messagesAgree = 0;
        var disagreements = new List<string>();
        for (var i = 0; i < GraphQLJsRun.AllCases.Count; i++)
        {
            var name = GraphQLJsRun.AllCases[i].Name;
            var ours = run.Ours[i];
            var theirs = run.Theirs[i];
            theirs.ContainsKey("crash").Should().BeFalse(theirs["crash"]?.ToString());
            var sameData = ours.ContainsKey("data") == theirs.ContainsKey("data") && JsonNode.DeepEquals(ours["data"], theirs["data"]);
            var samePaths = Paths(ours).SequenceEqual(Paths(theirs));
            var sameMessages = Messages(ours).SequenceEqual(Messages(theirs));
            dataAgree += sameData ? 1 : 0;
            pathsAgree += samePaths ? 1 : 0;
            messagesAgree += sameMessages ? 1 : 0;
            if (!sameData || !samePaths || !sameMessages)
            {
                disagreements.Add($"{name}:\n  ours:       {ours.ToJsonString()}\n  graphql-js: {theirs.ToJsonString()}");
            }
        }

        var total = GraphQLJsRun.AllCases.Count;
        var withErrors = run.Theirs.Count(t => t.ContainsKey("errors"));
        output.WriteLine($"graphql-js agreement over {total} cases ({withErrors} with errors): data {dataAgree}/{total}, error paths {pathsAgree}/{total}, error messages {messagesAgree}/{total}");
        disagreements.ForEach(output.WriteLine);
        dataAgree.Should().Be(total, string.Join("\n", disagreements));
        pathsAgree.Should().Be(total, string.Join("\n", disagreements));
    }

    [Fact]
    public void Introspection_Should_Rebuild_The_Same_Schema_In_GraphQLJs()
    {
        var agree = 0;
        for (var i = 0; i < IntrospectionCorpus.Schemas.Count; i++)
        {
            var answer = run.IntrospectionAnswers[i];
            answer.ContainsKey("crash").Should().BeFalse(answer["crash"]?.ToString() + "\n" + run.Introspections[i].ToJsonString());
            var expected = answer["expected"]!.GetValue<string>();
            var actual = answer["actual"]!.GetValue<string>();
            if (expected == actual)
            {
                agree++;
            }
            else
            {
                output.WriteLine($"schema {i}:\n--- graphql-js printSchema(buildSchema(sdl))\n{expected}\n--- printSchema(buildClientSchema(ours))\n{actual}");
            }
        }

        output.WriteLine($"introspection agreement: {agree}/{IntrospectionCorpus.Schemas.Count}");
        agree.Should().Be(IntrospectionCorpus.Schemas.Count);
    }

    private static IEnumerable<string> Paths(JsonObject result) =>
        (result["errors"]?.AsArray() ?? []).Select(e => e!["path"]?.ToJsonString() ?? "-").Order(StringComparer.Ordinal);

    private static IEnumerable<string> Messages(JsonObject result) =>
        (result["errors"]?.AsArray() ?? []).Select(e => (e!["path"]?.ToJsonString() ?? "-") + " " + e["message"]).Order(StringComparer.Ordinal);
}
