using Graph.Language;
using Graph.Types;

namespace Graph.AspNetCore.Authorization;

/// <summary>
/// One <c>@authorize</c> usage read from the schema: the caller needs one of <see cref="Roles"/> (when given) and must
/// pass <see cref="Policy"/> (when given, else ASP.NET Core's default policy when no roles are given either).
/// </summary>
public sealed record AuthorizeRule(IReadOnlyList<string>? Roles, string? Policy, ApplyPolicy Apply)
{
    /// <summary>Reads a usage of <c>@authorize</c>; the schema validated its argument types already.</summary>
    public static AuthorizeRule FromUsage(DirectiveUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var roles = usage.GetArgument(AuthorizeDirective.RolesArgument) switch
        {
            ListValueNode list => list.Values.OfType<StringValueNode>().Select(v => v.Value).ToArray(),

            // Input coercion (spec 3.11) lets a single value stand for a list of one.
            StringValueNode single => [single.Value],
            _ => null,
        };
        var policy = usage.GetArgument(AuthorizeDirective.PolicyArgument) is StringValueNode name ? name.Value : null;
        var apply = usage.GetArgument(AuthorizeDirective.ApplyArgument) is EnumValueNode { Value: AuthorizeDirective.AfterResolverValue }
            ? ApplyPolicy.AfterResolver
            : ApplyPolicy.BeforeResolver;
        return new AuthorizeRule(roles, policy, apply);
    }

    /// <summary>The rules of a field: its type's first (type-level rules guard every field), then its own, in the order written.</summary>
    public static AuthorizeRule[] Of(ObjectType parentType, OutputField field)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(field);
        return parentType.Directives.FindAll(AuthorizeDirective.Name)
            .Concat(field.Directives.FindAll(AuthorizeDirective.Name))
            .Select(FromUsage)
            .ToArray();
    }
}
