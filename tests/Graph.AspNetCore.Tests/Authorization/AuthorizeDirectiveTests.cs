using System.Security.Claims;
using FluentAssertions;
using Graph.AspNetCore.Authorization;
using Graph.Execution;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary><c>@authorize</c> in an SDL-first schema, executed in process through the server's <see cref="IRequestExecutor"/>.</summary>
public sealed class AuthorizeDirectiveTests : IAsyncDisposable
{
    private const string Denied = AuthorizationErrorCodes.NotAuthorized;
    private const string Anonymous = AuthorizationErrorCodes.NotAuthenticated;

    private static readonly ClaimsPrincipal Alice = SecureSchema.User("alice");
    private static readonly ClaimsPrincipal Admin = SecureSchema.User("root", ["admin"]);
    private static readonly ClaimsPrincipal Staff = SecureSchema.User("sam", ["staff"]);
    private static readonly ClaimsPrincipal AdultAlice = SecureSchema.User("alice", null, new Claim("adult", "yes"));
    private static readonly ClaimsPrincipal AdultAdmin = SecureSchema.User("root", ["admin"], new Claim("adult", "yes"));

    private readonly ResolverCalls _calls = new();
    private readonly ServiceProvider _services;

    public AuthorizeDirectiveTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQLServer()
            .ConfigureSchema(schema => SecureSchema.Configure(schema, _calls))
            .AddAuthorization(SecureSchema.AddPolicies);
        _services = services.BuildServiceProvider();
    }

    public static TheoryData<string, string?, string, string[]> Cases => new()
    {
        // query, caller, data, errors ("path code")
        { "{ publicInfo }", null, """{"publicInfo":"public"}""", [] },
        { "{ me }", null, """{"me":null}""", ["me " + Anonymous] },
        { "{ me }", "alice", """{"me":"alice"}""", [] },
        { "{ adminReport }", null, """{"adminReport":null}""", ["adminReport " + Anonymous] },
        { "{ adminReport }", "alice", """{"adminReport":null}""", ["adminReport " + Denied] },
        { "{ adminReport }", "admin", """{"adminReport":"report"}""", [] },
        { "{ staffNote }", "staff", """{"staffNote":"note"}""", [] },
        { "{ staffNote }", "admin", """{"staffNote":"note"}""", [] },
        { "{ adultContent }", null, """{"adultContent":null}""", ["adultContent " + Anonymous] },
        { "{ adultContent }", "alice", """{"adultContent":null}""", ["adultContent " + Denied] },
        { "{ adultContent }", "adult alice", """{"adultContent":"adult"}""", [] },
        { "{ adminAdultContent }", "adult alice", """{"adminAdultContent":null}""", ["adminAdultContent " + Denied] },
        { "{ adminAdultContent }", "admin", """{"adminAdultContent":null}""", ["adminAdultContent " + Denied] },
        { "{ adminAdultContent }", "adult admin", """{"adminAdultContent":"both"}""", [] },
        { "{ undefinedPolicy }", "admin", """{"undefinedPolicy":null}""", ["undefinedPolicy " + AuthorizationErrorCodes.PolicyNotFound] },

        // Non-null: the error nulls the nearest nullable parent (spec 6.4.4), here the whole data.
        { "{ publicInfo adminCount }", "alice", "null", ["adminCount " + Denied] },

        // List items: one error per item, each at its own path.
        { "{ orderList { id internalNote } }", "alice", """{"orderList":[{"id":"1","internalNote":null},{"id":"2","internalNote":null}]}""", ["orderList.0.internalNote " + Denied, "orderList.1.internalNote " + Denied] },
        { "{ orderList { id secretCode } }", "alice", """{"orderList":[null,null]}""", ["orderList.0.secretCode " + Denied, "orderList.1.secretCode " + Denied] },
        // Once data is null, errors below it are dropped (graphql-js 17): the second item's denial is not reported.
        { "{ publicInfo orders { secretCode } }", null, "null", ["orders.0.secretCode " + Anonymous] },
        { "{ orders { id secretCode } }", "admin", """{"orders":[{"id":"1","secretCode":"1234"},{"id":"2","secretCode":"1234"}]}""", [] },

        // Type-level: every field of Account is guarded; introspection of the type is not.
        { "{ accounts { id } }", "alice", """{"accounts":[null,null]}""", ["accounts.0.id " + Denied, "accounts.1.id " + Denied] },
        { "{ accounts { __typename balance } }", "admin", """{"accounts":[{"__typename":"Account","balance":100},{"__typename":"Account","balance":5}]}""", [] },

        // Policies see the parent as their resource: alice reads the total of her order only.
        { "{ orders { id total } }", "alice", """{"orders":[{"id":"1","total":10.5},{"id":"2","total":null}]}""", ["orders.1.total " + Denied] },

        // AFTER_RESOLVER: the policy sees the resolved order and the value is dropped when it fails.
        { """{ order(id: "1") { id } }""", "alice", """{"order":{"id":"1"}}""", [] },
        { """{ order(id: "2") { id } }""", "alice", """{"order":null}""", ["order " + Denied] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Authorize_Should_Give_Data_And_Errors(string query, string? caller, string data, string[] errors)
    {
        var result = await ExecuteAsync(query, CallerNamed(caller));

        result.Data.Should().Be(data);
        result.Errors.Should().Equal(errors);
    }

    [Fact]
    public async Task Denied_Field_Should_Not_Run_Its_Resolver()
    {
        await ExecuteAsync("{ adminReport }", Alice);
        await ExecuteAsync("{ adminReport }", null);

        _calls["adminReport"].Should().Be(0);
    }

    [Fact]
    public async Task After_Resolver_Rule_Should_Run_The_Resolver_First()
    {
        await ExecuteAsync("""{ order(id: "2") { id } }""", Alice);

        _calls["order"].Should().Be(1);
    }

    [Fact]
    public async Task Denial_Should_Say_Nothing_About_The_Rule()
    {
        var executor = _services.GetRequiredService<IRequestExecutor>();

        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = "{ adminReport }", User = Alice });

        result.ToJson().Should().Contain("\"message\":\"The current user is not authorized to access this resource.\"").And.NotContain("admin\"");
    }

    [Fact]
    public void Schema_Should_Define_The_Directive_And_Keep_Its_Usages()
    {
        var schema = _services.GetRequiredService<IRequestExecutor>().Schema;

        schema.FindDirective("authorize")!.IsRepeatable.Should().BeTrue();
        schema.FindDirective("authorize")!.Arguments.Select(a => a.Name).Should().Equal("roles", "policy", "apply");
        schema.FindType("ApplyPolicy").Should().NotBeNull();
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private static ClaimsPrincipal? CallerNamed(string? caller) => caller switch
    {
        null => null,
        "alice" => Alice,
        "admin" => Admin,
        "staff" => Staff,
        "adult alice" => AdultAlice,
        "adult admin" => AdultAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "unknown test caller"),
    };

    private async Task<AuthorizationResult> ExecuteAsync(string query, ClaimsPrincipal? user)
    {
        var executor = _services.GetRequiredService<IRequestExecutor>();
        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = query, User = user });
        return AuthorizationResult.Parse(result.ToJson());
    }
}
