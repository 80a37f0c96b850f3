using Graph.Language;
using Graph.Types;

namespace Graph.AspNetCore.Authorization;

/// <summary>
/// The <c>@authorize</c> directive (HotChocolate's, same arguments): SDL-first schemas apply it in their SDL, code-first
/// schemas through <see cref="AuthorizeAttribute"/>. <see cref="GraphQLServerAuthorizationExtensions.AddAuthorization(GraphQLServerBuilder)"/>
/// defines it; the field middleware enforces it.
/// </summary>
public static class AuthorizeDirective
{
    public const string Name = "authorize";
    public const string RolesArgument = "roles";
    public const string PolicyArgument = "policy";
    public const string ApplyArgument = "apply";
    public const string ApplyPolicyTypeName = "ApplyPolicy";
    public const string BeforeResolverValue = "BEFORE_RESOLVER";
    public const string AfterResolverValue = "AFTER_RESOLVER";

    public const string Sdl = """
        "Restricts a field, or every field of an object type, to callers that have one of the roles and pass the policy; with neither, to authenticated callers (the default policy)."
        directive @authorize(
          "The roles of which the caller needs at least one."
          roles: [String!]
          "The name of an ASP.NET Core authorization policy the caller must pass."
          policy: String
          "Whether the rule is checked before the resolver (the resource is the parent) or after it (the resource is the field's value)."
          apply: ApplyPolicy! = BEFORE_RESOLVER
        ) repeatable on OBJECT | FIELD_DEFINITION

        "When an @authorize rule is checked."
        enum ApplyPolicy {
          "Before the resolver runs; the policy's resource is the parent object."
          BEFORE_RESOLVER
          "After the resolver ran; the policy's resource is the field's value, which is discarded when the check fails."
          AFTER_RESOLVER
        }
        """;

    /// <summary>
    /// Adds the directive and its <c>ApplyPolicy</c> enum unless the schema defines them already (an SDL document that
    /// declares <c>@authorize</c> itself keeps its own definition, which must have the same arguments).
    /// </summary>
    public static void Define(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.DirectiveDefinitions.Exists(d => d.Name == Name) || schema.FindType(ApplyPolicyTypeName) is not null)
        {
            return;
        }

        schema.AddSdl(Sdl);
    }

    /// <summary>A usage of <c>@authorize</c> with the given arguments (those that are null are left out).</summary>
    public static DirectiveUsage CreateUsage(IReadOnlyList<string>? roles = null, string? policy = null, ApplyPolicy apply = ApplyPolicy.BeforeResolver)
    {
        var arguments = new List<(string, ValueNode)>();
        if (roles is { Count: > 0 })
        {
            arguments.Add((RolesArgument, new ListValueNode(roles.Select(r => (ValueNode)new StringValueNode(r)).ToArray())));
        }

        if (policy is not null)
        {
            arguments.Add((PolicyArgument, new StringValueNode(policy)));
        }

        if (apply == ApplyPolicy.AfterResolver)
        {
            arguments.Add((ApplyArgument, new EnumValueNode(AfterResolverValue)));
        }

        return DirectiveUsage.Create(Name, [.. arguments]);
    }
}
