using System.Text.Json;
using Graph.Testing;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>Runs one of the interop scripts in <c>Subscriptions/js</c>; its last output line is one JSON object.</summary>
public static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static Task<JsonElement> RunAsync(string script, params string[] arguments) =>
        Graph.Testing.Node.NodeScript.RunForReportAsync(
            Path.Combine(RepositoryPaths.Root, "tests", "Graph.AspNetCore.Tests", "Subscriptions", "js", script), Timeout, environment: null, arguments);
}
