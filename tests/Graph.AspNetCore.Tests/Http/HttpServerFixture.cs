using System.Net.Http.Headers;
using System.Text;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>One sample server (plus <see cref="HttpTestFields"/>) shared by a test class.</summary>
public sealed class HttpServerFixture : IAsyncLifetime
{
    private GraphQLTestServer? _server;

    public GraphQLTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await GraphQLTestServer.StartAsync(graphql => graphql.AddHttpTestFields());
        Client = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>Builds raw HTTP requests exactly as a case describes them (headers included or left out).</summary>
public static class HttpRequests
{
    public static HttpRequestMessage Create(string method, string target, string? contentType = "application/json", string? accept = null, string? body = null)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), target);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return message;
    }

    public static HttpRequestMessage PostJson(string body, string? accept = "application/graphql-response+json") =>
        Create("POST", "graphql", "application/json", accept, body);

    public static string? ContentTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType?.ToString();

    public static MediaTypeHeaderValue? MediaTypeOf(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
