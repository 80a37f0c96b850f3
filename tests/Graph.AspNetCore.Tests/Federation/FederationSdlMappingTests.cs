using System.Text.Json;
using FluentAssertions;
using Graph.Execution.Federation;
using Graph.Testing;
using Graph.Testing.Node;
using Graph.Types;
using Graph.Types.Federation;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>How each composite schemas directive, and every other one, appears in the Federation SDL.</summary>
public sealed class FederationSdlMappingTests
{
    private const string SourceSchema = """
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION

        directive @cacheControl(maxAge: Int, scope: CacheScope) on FIELD_DEFINITION

        enum CacheScope { PUBLIC PRIVATE }

        type Query {
          userById(id: ID!): User @lookup
          userByEmail(email: String! @is(field: "email")): User @lookup @internal
          lookups: InternalLookups! @internal
          me: User @cacheControl(maxAge: 0, scope: PRIVATE)
        }

        type InternalLookups @internal {
          accountById(id: ID!): Account @lookup
        }

        "A person who signs in."
        type User @key(fields: "id") @key(fields: "email") @shareable @tag(name: "public") {
          id: ID!
          email: String! @inaccessible
          name: String @override(from: "legacy")
          handle: String @deprecated(reason: "Use name.")
          account: Account @provides(fields: "plan")
          score(weight: Int @require(field: "account { plan }")): Int
        }

        type Account @key(fields: "id organization { id }") {
          id: ID!
          organization: Organization!
          plan: String @external
        }

        type Organization {
          id: ID!
        }

        input Filter @oneOf {
          byName: String
          byEmail: String
        }
        """;

    /// <summary>The subgraph that owns <c>Account.plan</c>, which the mapped schema provides as <c>@external</c>.</summary>
    private const string AccountsSubgraph = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Account @key(fields: "id organization { id }") {
          id: ID!
          organization: Organization!
          plan: String
        }

        type Organization {
          id: ID!
        }

        type Query {
          accounts: [Account!]!
        }
        """;

    [Fact]
    public void Federation_Sdl_Should_Map_Composite_Directives_And_Drop_The_Others()
    {
        var sdl = FederationSdl.Print(BuildSchema());

        // @lookup, @is, @internal members, the @require field, @cacheControl with its enum and @oneOf are gone. The email key
        // is resolvable through the internal userByEmail; Account's only lookup sits below an internal type, which
        // _entities does not use, so its key is not resolvable by this subgraph.
        // graphql-js print (our SyntaxPrinter) breaks a list longer than 80 characters over lines.
        sdl.Should().Be(
            """"
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [
              "@key"
              "@shareable"
              "@external"
              "@provides"
              "@override"
              "@inaccessible"
              "@tag"
            ])

            type Query {
              userById(id: ID!): User
              me: User
            }

            """A person who signs in."""
            type User @key(fields: "id") @key(fields: "email") @shareable @tag(name: "public") {
              id: ID!
              email: String! @inaccessible
              name: String @override(from: "legacy")
              handle: String @deprecated(reason: "Use name.")
              account: Account @provides(fields: "plan")
            }

            type Account @key(fields: "id organization { id }", resolvable: false) {
              id: ID!
              organization: Organization!
              plan: String @external
            }

            type Organization {
              id: ID!
            }

            input Filter {
              byName: String
              byEmail: String
            }
            """");
    }

    [Fact]
    public void Mapped_Federation_Sdl_Should_Compose_With_Federation_Composition()
    {
        var subgraphs = new[]
        {
            new { name = "users", url = "http://127.0.0.1:5101/graphql", sdl = FederationSdl.Print(BuildSchema()) },
            new { name = "accounts", url = "http://127.0.0.1:5199/graphql", sdl = AccountsSubgraph },
        };

        var line = NodeScript.RunJsonLines(FederationCompositionTests.Script, [JsonSerializer.Serialize(subgraphs)]).Single();

        var composed = JsonDocument.Parse(line).RootElement;
        composed.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).Should().BeEmpty();
        composed.GetProperty("publicSdl").GetString().Should().Contain("plan: String").And.NotContain("email");
    }

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddCompositeDirectives()
        .AddSdl(SourceSchema)
        .AddApolloFederation()
        .Build();

    [Fact]
    public void Adding_Federation_Twice_Should_Add_It_Once()
    {
        var schema = new SchemaBuilder()
            .AddCompositeDirectives()
            .AddSdl(SourceSchema)
            .AddApolloFederation()
            .AddApolloFederation()
            .Build();

        schema.QueryType.Fields.Count(f => f.Name == "_entities").Should().Be(1);
    }
}
