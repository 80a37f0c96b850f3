using FluentAssertions;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Federation;
using Graph.AspNetCore.Tests.Authorization;
using Graph.Execution;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// <c>_entities</c> on an SDL-first schema whose lookups return JSON: arguments mapped with <c>@is</c>, representations
/// given inline, and <c>@authorize</c> on the lookup field itself applied as when the lookup is queried.
/// </summary>
public sealed class SdlFirstEntitiesTests : IAsyncDisposable
{
    private const string Sdl = """
        type Query {
          badge(badgeNumber: Int! @is(field: "number")): Badge @lookup
          secretById(id: ID!): Secret @lookup @authorize(roles: ["admin"])
          parcel(code: String! @is(field: "tracking.code")): Parcel @lookup
          node(id: ID!): Node @lookup
        }

        interface Node {
          id: ID!
        }

        type Book implements Node @key(fields: "id") {
          id: ID!
          title: String
        }

        type Author implements Node @key(fields: "id") {
          id: ID!
          name: String
        }

        type Parcel @key(fields: "tracking { code }") {
          tracking: Tracking!
          weight: Int
        }

        type Tracking {
          code: String!
        }

        type Badge @key(fields: "number") {
          number: Int!
          holder: String
        }

        type Secret @key(fields: "id") {
          id: ID!
          code: String
        }
        """;

    private readonly ServiceProvider _services;

    public SdlFirstEntitiesTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQLServer()
            .AddAuthorization()
            .ConfigureSchema(schema => schema
                .AddCompositeDirectives()
                .AddSdl(Sdl)
                .UseJsonDefaultResolvers()

                // JSON without __typename: the entity's type comes from the lookup that returned it.
                .BindResolver("Query", "badge", context => Json($$"""{"number": {{context.Arguments["badgeNumber"]}}, "holder": "Ada"}"""))
                .BindResolver("Query", "secretById", context => Json($$"""{"id": "{{context.Arguments["id"]}}", "code": "42"}"""))
                .BindResolver("Query", "node", context => context.Arguments["id"] is "b1"
                    ? Json("""{"__typename": "Book", "id": "b1", "title": "Dune"}""")
                    : Json("""{"__typename": "Author", "id": "a1", "name": "Herbert"}"""))
                .BindResolver("Query", "parcel", context => Json($$"""{"tracking": {"code": "{{context.Arguments["code"]}}"}, "weight": 3}""")))
            .AddApolloFederation();
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task Entities_Should_Fill_Lookup_Arguments_Through_Is_From_Inline_Representations()
    {
        var result = await ExecuteAsync("""
            { _entities(representations: [{__typename: "Badge", number: 7}, {__typename: "Badge", number: "seven"}]) {
                __typename ... on Badge { number holder } } }
            """);

        result.Data.Should().Be("""{"_entities":[{"__typename":"Badge","number":7,"holder":"Ada"},null]}""");
        result.Errors.Should().Equal("_entities.1 FEDERATION_INVALID_REPRESENTATION");
    }

    [Fact]
    public async Task Entities_Should_Resolve_Through_A_Lookup_Returning_An_Interface()
    {
        var result = await ExecuteAsync("""
            { _entities(representations: [{__typename: "Author", id: "a1"}, {__typename: "Book", id: "b1"}]) {
                __typename ... on Book { title } ... on Author { name } } }
            """);

        result.Data.Should().Be("""{"_entities":[{"__typename":"Author","name":"Herbert"},{"__typename":"Book","title":"Dune"}]}""");
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Entities_Should_Fill_A_Lookup_Argument_From_A_Nested_Key_Field()
    {
        var result = await ExecuteAsync("""
            { _entities(representations: [{__typename: "Parcel", tracking: {code: "X1"}}, {__typename: "Parcel", tracking: {}}]) {
                ... on Parcel { tracking { code } weight } } }
            """);

        result.Data.Should().Be("""{"_entities":[{"tracking":{"code":"X1"},"weight":3},null]}""");
        result.Errors.Should().Equal("_entities.1 FEDERATION_INVALID_REPRESENTATION");
    }

    [Theory]
    [InlineData(null, """{"_entities":[null]}""", "_entities.0 AUTH_NOT_AUTHENTICATED")]
    [InlineData("user", """{"_entities":[null]}""", "_entities.0 AUTH_NOT_AUTHORIZED")]
    [InlineData("admin", """{"_entities":[{"__typename":"Secret","code":"42"}]}""", null)]
    public async Task Entities_Should_Apply_The_Authorization_Of_The_Lookup_Field(string? role, string data, string? error)
    {
        var result = await ExecuteAsync(
            """{ _entities(representations: [{__typename: "Secret", id: "s1"}]) { __typename ... on Secret { code } } }""",
            role is null ? null : SecureSchema.User("caller", [role]));

        result.Data.Should().Be(data);
        result.Errors.Should().Equal(error is null ? [] : [error]);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<AuthorizationResult> ExecuteAsync(string query, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var executor = _services.GetRequiredService<IRequestExecutor>();
        var result = (OperationResult)await executor.ExecuteAsync(new OperationRequest { Document = query, User = user });
        return AuthorizationResult.Parse(result.ToJson());
    }

    private static ValueTask<object?> Json(string json) => new(System.Text.Json.JsonDocument.Parse(json).RootElement.Clone());
}
