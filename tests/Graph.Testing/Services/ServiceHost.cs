using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Testing.Services;

/// <summary>
/// A service (built by its own <c>Build(args)</c>) running on real HTTP at <c>127.0.0.1</c> on a free port, with
/// the test's settings given as command-line configuration (which wins over appsettings and the environment).
/// Disposing stops it gracefully.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint => new(BaseAddress, "/graphql");

    /// <summary>The application's root services (create a scope for scoped ones, e.g. a DbContext).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A client for the service's other endpoints (<c>/health/ready</c>, <c>/.well-known/jwks.json</c>).</summary>
    public HttpClient Client { get; }

    /// <summary>Builds the app with <c>--urls=http://127.0.0.1:0</c> and <paramref name="settings"/>, and starts it.</summary>
    public static async Task<ServiceHost> StartAsync(
        Func<string[], WebApplication> build, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        var args = new List<string> { "--urls=http://127.0.0.1:0", "--environment=Development" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            args.Add($"--{key}={value}");
        }

        var app = build([.. args]);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server reports no address.");
        return new ServiceHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Merges setting dictionaries, later ones winning: <c>ServiceHost.Settings(db, tokens.Settings, extra)</c>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(params IReadOnlyDictionary<string, string?>[] parts)
    {
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary>POSTs <c>{"query", "variables"}</c> as <c>application/json</c> to <c>/graphql</c>, with a bearer token if given.</summary>
    public async Task<GraphQLResponse> PostAsync(
        string query, object? variables = null, string? accessToken = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName }, JsonSerializerOptions.Web);
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends any request and reads its body as a <see cref="GraphQLResponse"/>.</summary>
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
