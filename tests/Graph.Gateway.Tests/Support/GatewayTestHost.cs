using Graph.Testing.Services;

namespace Graph.Gateway.Tests.Support;

/// <summary>
/// The gateway (<see cref="GatewayHost.Build"/>, real HTTP on 127.0.0.1) over the two tiny subgraphs: the composition
/// files are written to a folder of its own (tests change them), the subgraph URLs come in as
/// <c>Fusion:Subgraphs:&lt;name&gt;:Url</c> overrides, and tokens are checked against <see cref="Tokens"/>' key.
/// </summary>
public sealed class GatewayTestHost : IAsyncDisposable
{
    private GatewayTestHost(ServiceHost gateway, TinySubgraph echo, TinySubgraph products, TestTokens tokens, string directory)
    {
        Gateway = gateway;
        Echo = echo;
        Products = products;
        Tokens = tokens;
        Directory = directory;
    }

    public ServiceHost Gateway { get; }

    public TinySubgraph Echo { get; }

    public TinySubgraph Products { get; }

    public TestTokens Tokens { get; }

    /// <summary>Where <c>gateway.graphql</c> and <c>subgraphs.json</c> are.</summary>
    public string Directory { get; }

    public string ExecutionSchemaPath => Path.Combine(Directory, "gateway.graphql");

    public static async Task<GatewayTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "graph-gateway-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "gateway.graphql"), TinyComposition.ExecutionSchema());
        await File.WriteAllTextAsync(Path.Combine(directory, "subgraphs.json"), TinyComposition.Manifest);
        var echo = await TinySubgraph.StartEchoAsync();
        var products = await TinySubgraph.StartProductsAsync();
        var tokens = new TestTokens();
        var gateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args), ServiceHost.Settings(
            tokens.Settings,
            new Dictionary<string, string?>
            {
                ["Fusion:ExecutionSchema"] = Path.Combine(directory, "gateway.graphql"),
                ["Fusion:Manifest"] = Path.Combine(directory, "subgraphs.json"),
                ["Fusion:Subgraphs:echo:Url"] = echo.Endpoint.ToString(),
                ["Fusion:Subgraphs:products:Url"] = products.Endpoint.ToString(),
                ["Fusion:ReloadDebounce"] = "00:00:00.100",
            },
            settings ?? new Dictionary<string, string?>()));
        return new GatewayTestHost(gateway, echo, products, tokens, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Echo.DisposeAsync();
        await Products.DisposeAsync();
        Tokens.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS.
        }
    }
}
