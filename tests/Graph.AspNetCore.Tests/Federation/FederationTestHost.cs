using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.Execution;
using Graph.Execution.DataLoader;
using Graph.Execution.Federation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// A sample subgraph served by Kestrel on a free 127.0.0.1 port, with authorization and Apollo Federation, so tests
/// query it over real HTTP (as a Federation gateway does) or through its executor (to pass a caller identity).
/// </summary>
public sealed class FederationTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private FederationTestHost(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public CatalogData Data => _app.Services.GetRequiredService<CatalogData>();

    public IRequestExecutor Executor => _app.Services.GetRequiredService<IRequestExecutor>();

    public static async Task<FederationTestHost> StartAsync(IEnumerable<Type> types, FederationOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<CatalogData>();
        builder.Services.AddDataLoader<ProductByIdLoader>();
        builder.Services.AddDataLoader<CategoryByIdLoader>();
        var graphql = builder.Services.AddGraphQLServer();

        // Federation first: the additions must still see every type registered after it.
        graphql.AddApolloFederation(options);
        foreach (var type in types)
        {
            graphql.AddType(type);
        }

        graphql.AddAuthorization();

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FederationTestHost(app, new Uri(address.TrimEnd('/') + "/graphql"));
    }

    /// <summary>POSTs a GraphQL request as a gateway does and returns the response body.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync(Endpoint, new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Runs a request through the server's executor as <paramref name="user"/> and returns the response JSON.</summary>
    public async Task<string> ExecuteAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        var result = (OperationResult)await Executor.ExecuteAsync(new OperationRequest
        {
            Document = query,
            Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables),
            User = user,
        });
        return result.ToJson();
    }

    public async Task<string> ServiceSdlAsync()
    {
        var response = await PostAsync("{ _service { sdl } }");
        return response.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
