using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Types;
using Microsoft.AspNetCore.Authorization;

namespace Graph.AspNetCore.Tests.Authorization;

/// <summary>An SDL-first schema guarded with <c>@authorize</c> in every way the tests check, and its policies.</summary>
public static class SecureSchema
{
    public const string Sdl = """
        type Query {
          publicInfo: String!
          me: String @authorize
          adminReport: String @authorize(roles: ["admin"])
          staffNote: String @authorize(roles: ["admin", "staff"])
          adultContent: String @authorize(policy: "Adult")
          adminAdultContent: String @authorize(roles: ["admin"], policy: "Adult")
          undefinedPolicy: String @authorize(policy: "Nobody")
          adminCount: Int! @authorize(roles: ["admin"])
          orders: [Order!]!
          orderList: [Order]
          order(id: ID!): Order @authorize(policy: "OwnOrder", apply: AFTER_RESOLVER)
          accounts: [Account]
        }

        type Order {
          id: ID!
          owner: String!
          total: Float @authorize(policy: "OwnOrder")
          internalNote: String @authorize(roles: ["admin"])
          secretCode: String! @authorize(roles: ["admin"])
        }

        type Account @authorize(roles: ["admin"]) {
          id: ID!
          balance: Float!
        }
        """;

    public static readonly IReadOnlyList<SecureOrder> Orders = [new("1", "alice", 10.5), new("2", "bob", 20)];

    /// <summary>Adds the schema; <paramref name="extendQuery"/> when another schema (the test server's sample) owns <c>Query</c>.</summary>
    public static void Configure(SchemaBuilder schema, ResolverCalls calls, bool extendQuery = false)
    {
        schema.AddSdl(extendQuery ? Sdl.Replace("type Query {", "extend type Query {", StringComparison.Ordinal) : Sdl)
            .BindResolver("Query", "publicInfo", _ => Value("public"))
            .BindResolver("Query", "me", c => Value(c.User?.Identity?.Name))
            .BindResolver("Query", "adminReport", _ => calls.Count("adminReport", "report"))
            .BindResolver("Query", "staffNote", _ => Value("note"))
            .BindResolver("Query", "adultContent", _ => Value("adult"))
            .BindResolver("Query", "adminAdultContent", _ => Value("both"))
            .BindResolver("Query", "undefinedPolicy", _ => Value("never"))
            .BindResolver("Query", "adminCount", _ => Value(42))
            .BindResolver("Query", "orders", _ => Value(Orders))
            .BindResolver("Query", "orderList", _ => Value(Orders))
            .BindResolver("Query", "order", c => calls.Count("order", Orders.FirstOrDefault(o => o.Id == (string?)c.Arguments["id"])))
            .BindResolver("Query", "accounts", _ => Value(new[] { new SecureAccount("a1", 100), new SecureAccount("a2", 5) }))
            .BindResolver("Order", "internalNote", _ => Value("fragile"))
            .BindResolver("Order", "secretCode", _ => Value("1234"));
    }

    /// <summary>The policies of the schema: an age claim, and ownership of the order that is the policy's resource.</summary>
    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy("Adult", policy => policy.RequireClaim("adult", "yes"));
        options.AddPolicy("OwnOrder", policy => policy.RequireAssertion(c => c.Resource is SecureOrder order && order.Owner == c.User.Identity?.Name));
    }

    /// <summary>An authenticated caller (authentication type "Test") with a name, roles and extra claims.</summary>
    public static ClaimsPrincipal User(string name, string[]? roles = null, params Claim[] claims)
    {
        var all = new List<Claim> { new(ClaimTypes.Name, name) };
        all.AddRange((roles ?? []).Select(role => new Claim(ClaimTypes.Role, role)));
        all.AddRange(claims);
        return new ClaimsPrincipal(new ClaimsIdentity(all, "Test"));
    }

    private static ValueTask<object?> Value(object? value) => ValueTask.FromResult(value);
}

public sealed record SecureOrder(string Id, string Owner, double Total);

public sealed record SecureAccount(string Id, double Balance);

/// <summary>Counts resolver runs, to show that a denied field's resolver never runs.</summary>
public sealed class ResolverCalls
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _calls = new();

    public int this[string field] => _calls.GetValueOrDefault(field);

    public ValueTask<object?> Count(string field, object? value)
    {
        _calls.AddOrUpdate(field, 1, (_, n) => n + 1);
        return ValueTask.FromResult(value);
    }
}
