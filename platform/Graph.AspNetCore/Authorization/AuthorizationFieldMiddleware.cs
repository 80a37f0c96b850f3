using System.Collections.Concurrent;
using System.Security.Claims;
using Graph.Execution;
using Graph.Execution.Processing;
using Graph.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.AspNetCore.Authorization;

/// <summary>
/// Enforces <c>@authorize</c> on every field that has it (or whose object type has it). A denial is a
/// <see cref="GraphQLException"/>, so the executor reports it at the field's path and nulls the field per the spec's
/// null propagation (7.1.2 "Handling Field Errors"); nothing reaches the transport as a failure.
/// </summary>
public sealed class AuthorizationFieldMiddleware
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    // Rules are read from the schema once per field; fields without rules (most of them) then cost one lookup.
    private readonly ConcurrentDictionary<OutputField, AuthorizeRule[]> _rules = new();

    public FieldDelegate Create(FieldDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return context =>
        {
            var rules = RulesOf(context);
            return rules.Length == 0 ? next(context) : AuthorizeAsync(context, rules, next);
        };
    }

    private AuthorizeRule[] RulesOf(IMiddlewareContext context) =>

        // Introspection meta-fields stay readable: a type-level rule guards the type's data, not the schema.
        context.Field.Name.StartsWith("__", StringComparison.Ordinal)
            ? []
            : _rules.GetOrAdd(context.Field, static (field, parent) => AuthorizeRule.Of(parent, field), context.ParentType);

    private static async ValueTask AuthorizeAsync(IMiddlewareContext context, AuthorizeRule[] rules, FieldDelegate next)
    {
        var user = context.User ?? Anonymous;
        foreach (var rule in rules)
        {
            if (rule.Apply == ApplyPolicy.BeforeResolver)
            {
                await EnsureAsync(context, user, rule, context.Parent).ConfigureAwait(false);
            }
        }

        await next(context).ConfigureAwait(false);

        foreach (var rule in rules)
        {
            if (rule.Apply == ApplyPolicy.AfterResolver)
            {
                try
                {
                    await EnsureAsync(context, user, rule, context.Result).ConfigureAwait(false);
                }
                catch (GraphQLException)
                {
                    // The value was resolved but must not be returned.
                    context.Result = null;
                    throw;
                }
            }
        }
    }

    private static async ValueTask EnsureAsync(IMiddlewareContext context, ClaimsPrincipal user, AuthorizeRule rule, object? resource)
    {
        var authenticated = user.Identities.Any(identity => identity.IsAuthenticated);
        if (rule.Roles is { Count: > 0 } roles)
        {
            if (!authenticated)
            {
                throw Denied(AuthorizationErrorCodes.NotAuthenticated);
            }

            // ASP.NET Core's RolesAuthorizationRequirement semantics: any one of the roles suffices.
            if (!roles.Any(user.IsInRole))
            {
                throw Denied(AuthorizationErrorCodes.NotAuthorized);
            }

            if (rule.Policy is null)
            {
                return;
            }
        }

        var policyProvider = context.Services.GetService<IAuthorizationPolicyProvider>();
        var authorization = context.Services.GetService<IAuthorizationService>();
        if (policyProvider is null || authorization is null)
        {
            throw new InvalidOperationException(
                "@authorize needs ASP.NET Core authorization services: call AddAuthorization() on the GraphQL server builder.");
        }

        var policy = rule.Policy is null
            ? await policyProvider.GetDefaultPolicyAsync().ConfigureAwait(false)
            : await policyProvider.GetPolicyAsync(rule.Policy).ConfigureAwait(false);
        if (policy is null)
        {
            throw new GraphQLException($"The authorization policy \"{rule.Policy}\" is not defined.", AuthorizationErrorCodes.PolicyNotFound);
        }

        var result = await authorization.AuthorizeAsync(user, resource, policy).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Denied(authenticated ? AuthorizationErrorCodes.NotAuthorized : AuthorizationErrorCodes.NotAuthenticated);
        }
    }

    private static GraphQLException Denied(string code) => new(AuthorizationErrorCodes.DeniedMessage, code);
}
