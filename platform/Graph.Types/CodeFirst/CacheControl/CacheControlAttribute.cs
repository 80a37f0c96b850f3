using System.Reflection;

namespace Graph.Types;

/// <summary>
/// <c>@cacheControl</c> on a field or an object, interface or union type: <c>[CacheControl(60)]</c> (public, 60 s),
/// <c>[CacheControl(30, Scope = CacheControlScope.Private)]</c>, <c>[CacheControl(InheritMaxAge = true)]</c>. Its use
/// adds the directive's definition to the schema (<see cref="CacheControlDirective"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class CacheControlAttribute : GraphQLDescriptorAttribute
{
    /// <summary>No maxAge (with <see cref="InheritMaxAge"/>, or to set only the scope).</summary>
    public CacheControlAttribute()
    {
    }

    /// <summary>A hint of <paramref name="maxAge"/> seconds.</summary>
    public CacheControlAttribute(int maxAge)
    {
        if (maxAge < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "maxAge is a number of seconds, 0 or more.");
        }

        MaxAge = maxAge;
    }

    /// <summary>Seconds; null when not given.</summary>
    public int? MaxAge { get; }

    /// <summary>PUBLIC unless set; PRIVATE responses are cached per user.</summary>
    public CacheControlScope Scope
    {
        get => _scope ?? CacheControlScope.Public;
        set => _scope = value;
    }

    /// <summary>Take the parent field's maxAge (for object-typed fields under a hinted parent).</summary>
    public bool InheritMaxAge { get; set; }

    private CacheControlScope? _scope;

    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Directives.Add(CacheControlDirective.Usage(MaxAge, _scope, InheritMaxAge));
    }
}
