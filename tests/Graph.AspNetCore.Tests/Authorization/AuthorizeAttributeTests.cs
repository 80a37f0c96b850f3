using System.Security.Claims;
using FluentAssertions;
using Graph.AspNetCore.Authorization;
using Graph.Execution;
using Graph.Types;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary><see cref="AuthorizeAttribute"/> on code-first members and types: the code-first builder turns it into <c>@authorize</c>.</summary>
public sealed class AuthorizeAttributeTests : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public AuthorizeAttributeTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQLServer()
            .ConfigureSchema(schema => schema.AddQueryType(typeof(VaultQueries)))
            .AddAuthorization(SecureSchema.AddPolicies);
        _services = services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("{ open }", null, """{"open":"open"}""", new string[0])]
    [InlineData("{ adminOnly }", null, """{"adminOnly":null}""", new[] { "adminOnly AUTH_NOT_AUTHENTICATED" })]
    [InlineData("{ adminOnly }", "user", """{"adminOnly":null}""", new[] { "adminOnly AUTH_NOT_AUTHORIZED" })]
    [InlineData("{ adminOnly }", "admin", """{"adminOnly":"admin"}""", new string[0])]
    [InlineData("{ vault { id } }", "user", """{"vault":null}""", new[] { "vault.id AUTH_NOT_AUTHORIZED" })]
    [InlineData("{ vault { id } }", "adult", """{"vault":{"id":"v1"}}""", new string[0])]
    public async Task Authorize_Attribute_Should_Guard_Members_And_Types(string query, string? caller, string data, string[] errors)
    {
        var user = caller switch
        {
            "user" => SecureSchema.User("u"),
            "admin" => SecureSchema.User("root", ["admin"]),
            "adult" => SecureSchema.User("grown", null, new Claim("adult", "yes")),
            _ => null,
        };
        var executor = _services.GetRequiredService<IRequestExecutor>();

        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = query, User = user });

        var parsed = AuthorizationResult.Parse(result.ToJson());
        parsed.Data.Should().Be(data);
        parsed.Errors.Should().Equal(errors);
    }

    [Fact]
    public void Attribute_Should_Become_The_Directive_In_The_Schema()
    {
        var schema = _services.GetRequiredService<IRequestExecutor>().Schema;

        schema.QueryType.Fields["adminOnly"].Directives.Find("authorize")!.ToString().Should().Be("@authorize(roles: [\"admin\"])");
        ((ObjectType)schema.FindType("Vault")!).Directives.Find("authorize")!.ToString().Should().Be("@authorize(policy: \"Adult\")");
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    // No [QueryType] attribute: registered explicitly, so assembly scans by other tests never pick it up.
    public static class VaultQueries
    {
        public static string Open() => "open";

        [Authorize(Roles = ["admin"])]
        public static string? AdminOnly() => "admin";

        public static Vault? GetVault() => new("v1");
    }

    [Authorize("Adult")]
    public sealed record Vault(string Id);
}
