using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Graph.Testing;
using Xunit;
using Xunit.Abstractions;

namespace Graph.AspNetCore.Tests.Ide;

/// <summary>
/// The IDE in a real browser: Debian's headless Chromium, driven by npm's playwright-core from
/// <c>js/nitro-ide.mjs</c>, against a Kestrel server with the sample schema. One browser run checks everything,
/// because starting Chromium costs more than all the checks together.
/// </summary>
public sealed class NitroIdeBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Browser_Should_Load_The_Ide_From_Loopback_Only_Show_The_Schema_And_Run_A_Query()
    {
        EnsurePrerequisites();
        await using var server = await GraphQLTestServer.StartAsync();
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "ide-screenshots")).FullName;

        using var report = await RunBrowserAsync(server.GraphQLEndpoint.ToString(), screenshots);
        var root = report.RootElement;
        foreach (var shot in root.GetProperty("screenshots").EnumerateArray())
        {
            output.WriteLine("screenshot: " + shot.GetString());
        }

        root.GetProperty("failures").EnumerateArray().Select(f => f.GetString()).Should().BeEmpty();
        var requests = root.GetProperty("requests").EnumerateArray().Select(r => r.GetString()!).ToList();
        requests.Should().Contain($"GET {server.GraphQLEndpoint}").And.Contain(r => r.Contains("/graphql/static/js/main.", StringComparison.Ordinal));
        requests.Should().OnlyContain(r => r.Contains(" http://127.0.0.1:", StringComparison.Ordinal) || r.Contains(" data:", StringComparison.Ordinal) || r.Contains(" blob:", StringComparison.Ordinal));
        root.GetProperty("external").EnumerateArray().Select(e => e.GetString()).Should().BeEmpty("nothing may leave loopback");

        var introspection = root.GetProperty("introspection");
        introspection.GetProperty("status").GetInt32().Should().Be(200);
        introspection.GetProperty("typeNames").EnumerateArray().Select(t => t.GetString()).Should().Contain(["Query", "Product"]);
        root.GetProperty("schemaTypeShown").GetBoolean().Should().BeTrue();

        var query = root.GetProperty("queryResponse");
        query.GetProperty("status").GetInt32().Should().Be(200);
        query.GetProperty("body").GetRawText().Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        root.GetProperty("resultShown").GetBoolean().Should().BeTrue();
        File.Exists(Path.Combine(screenshots, "nitro-ide-query.png")).Should().BeTrue();
    }

    private static void EnsurePrerequisites()
    {
        File.Exists(Chromium).Should().BeTrue($"Debian's chromium is needed at {Chromium}: run ./graph setup");
        File.Exists(Path.Combine(RepositoryPaths.Root, "node_modules", "playwright-core", "package.json"))
            .Should().BeTrue("npm's playwright-core is needed: run ./graph setup");
        File.Exists(Path.Combine(AppContext.BaseDirectory, "nitro", "index.html"))
            .Should().BeTrue("the build copies the Nitro IDE from node_modules: run ./graph setup, then build again");
    }

    private static async Task<JsonDocument> RunBrowserAsync(string endpoint, string screenshots)
    {
        var report = await Graph.Testing.Node.NodeScript.RunForReportAsync(
            Path.Combine(RepositoryPaths.Root, "tests", "Graph.AspNetCore.Tests", "Ide", "js", "nitro-ide.mjs"),
            Timeout,
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = Chromium },
            endpoint,
            screenshots);
        return JsonDocument.Parse(report.GetRawText());
    }
}
