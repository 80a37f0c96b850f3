using System.Reflection;
using Graph.Types;

namespace Graph.AspNetCore.Authorization;

/// <summary>
/// Code-first <c>@authorize</c> (HotChocolate's <c>[Authorize]</c>): on a resolver method or property it guards that
/// field; on an object type or an <c>[ObjectType&lt;T&gt;]</c> extension class it guards every field of the type.
/// The code-first builder finds it as a <see cref="GraphQLDescriptorAttribute"/>; the directive itself is defined by
/// <c>AddAuthorization()</c>. Note that it shares its name with ASP.NET Core's <c>AuthorizeAttribute</c>: import one
/// namespace or qualify it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : GraphQLDescriptorAttribute
{
    public AuthorizeAttribute()
    {
    }

    public AuthorizeAttribute(string policy) => Policy = policy;

    /// <summary>The roles of which the caller needs at least one.</summary>
    public string[]? Roles { get; set; }

    /// <summary>The ASP.NET Core authorization policy the caller must pass.</summary>
    public string? Policy { get; set; }

    public ApplyPolicy Apply { get; set; } = ApplyPolicy.BeforeResolver;

    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Directives.Add(AuthorizeDirective.CreateUsage(Roles, Policy, Apply));
    }
}
