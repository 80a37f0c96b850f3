using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary>
/// The identity of a real HTTP request (ASP.NET Core authentication, here a header-reading test handler) reaching
/// <c>@authorize</c> through MapGraphQL: denials are GraphQL errors in a 200 response with data, never a 500.
/// </summary>
public sealed class AuthorizationHttpTests(AuthorizationHttpTests.Server server) : IClassFixture<AuthorizationHttpTests.Server>
{
    [Theory]
    [InlineData(null, null, """{"publicInfo":"public","adminReport":null}""", new[] { "adminReport AUTH_NOT_AUTHENTICATED" })]
    [InlineData("alice", null, """{"publicInfo":"public","adminReport":null}""", new[] { "adminReport AUTH_NOT_AUTHORIZED" })]
    [InlineData("alice", "staff,admin", """{"publicInfo":"public","adminReport":"report"}""", new string[0])]
    public async Task Roles_Should_Be_Checked_Against_The_Http_User(string? user, string? roles, string data, string[] errors)
    {
        var (status, result) = await server.PostAsync("{ publicInfo adminReport }", user, roles, null, "application/graphql-response+json");

        status.Should().Be(HttpStatusCode.OK);
        result.Data.Should().Be(data);
        result.Errors.Should().Equal(errors);
    }

    [Theory]
    [InlineData(null, "application/json", HttpStatusCode.OK)]
    [InlineData(null, "application/graphql-response+json", HttpStatusCode.OK)]
    public async Task Denied_Non_Null_Field_Should_Null_The_Data_Without_A_Server_Error(string? user, string accept, HttpStatusCode expected)
    {
        var (status, result) = await server.PostAsync("{ publicInfo adminCount }", user, null, null, accept);

        status.Should().Be(expected);
        result.Data.Should().Be("null");
        result.Errors.Should().Equal("adminCount AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task Policy_Should_See_The_Claims_Of_The_Http_User()
    {
        var (_, adult) = await server.PostAsync("{ adultContent me }", "alice", null, "adult=yes", "application/json");
        var (_, minor) = await server.PostAsync("{ adultContent me }", "tim", null, null, "application/json");

        adult.Data.Should().Be("""{"adultContent":"adult","me":"alice"}""");
        minor.Data.Should().Be("""{"adultContent":null,"me":"tim"}""");
        minor.Errors.Should().Equal("adultContent AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task List_Items_Should_Each_Be_Authorized_By_Their_Own_Owner()
    {
        var (_, result) = await server.PostAsync("{ orders { id owner total } }", "bob", null, null, "application/json");

        result.Data.Should().Be("""{"orders":[{"id":"1","owner":"alice","total":null},{"id":"2","owner":"bob","total":20}]}""");
        result.Errors.Should().Equal("orders.0.total AUTH_NOT_AUTHORIZED");
    }

    public sealed class Server : IAsyncLifetime
    {
        private readonly ResolverCalls _calls = new();
        private GraphQLTestServer? _server;
        private HttpClient? _client;

        public async Task<(HttpStatusCode Status, AuthorizationResult Result)> PostAsync(string query, string? user, string? roles, string? claims, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
            request.Headers.Accept.ParseAdd(accept);
            AddHeader(request, TestAuthenticationHandler.UserHeader, user);
            AddHeader(request, TestAuthenticationHandler.RolesHeader, roles);
            AddHeader(request, TestAuthenticationHandler.ClaimsHeader, claims);
            using var response = await _client!.SendAsync(request);
            return (response.StatusCode, AuthorizationResult.Parse(await response.Content.ReadAsStringAsync()));
        }

        public async Task InitializeAsync()
        {
            _server = await GraphQLTestServer.StartAsync(
                graphql => graphql.ConfigureSchema(schema => SecureSchema.Configure(schema, _calls, extendQuery: true)).AddAuthorization(SecureSchema.AddPolicies),
                services => services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null),
                app => app.UseAuthentication());
            _client = new HttpClient { BaseAddress = _server.Address };
        }

        public async Task DisposeAsync()
        {
            _client?.Dispose();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }

        private static void AddHeader(HttpRequestMessage request, string name, string? value)
        {
            if (value is not null)
            {
                request.Headers.Add(name, value);
            }
        }
    }
}
