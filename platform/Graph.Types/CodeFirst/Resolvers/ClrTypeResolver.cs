using System.Collections.Concurrent;
using System.Collections.Frozen;
using Graph.Types.Resolvers;

namespace Graph.Types.CodeFirst;

/// <summary>
/// Resolves the object type of a value returned for an interface or union (spec 6.4.3 ResolveAbstractType) from its
/// CLR type: a frozen map of the code-first object types, and for subclasses (proxies, derived records) the nearest
/// mapped base type, found once per CLR type.
/// </summary>
internal sealed class ClrTypeResolver(IReadOnlyDictionary<Type, string> objectTypes)
{
    private readonly FrozenDictionary<Type, string> _exact = objectTypes.ToFrozenDictionary();
    private readonly ConcurrentDictionary<Type, string?> _derived = new();

    public string? Resolve(object? value, IResolverContext context, IAbstractType abstractType)
    {
        if (value is null)
        {
            return null;
        }

        var type = value.GetType();
        return _exact.TryGetValue(type, out var name)
            ? name
            : _derived.GetOrAdd(type, static (t, exact) => FindBase(t, exact), _exact)
                ?? DefaultResolvers.ResolveType(value, context, abstractType);
    }

    private static string? FindBase(Type type, FrozenDictionary<Type, string> exact)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (exact.TryGetValue(current, out var name))
            {
                return name;
            }
        }

        return null;
    }
}
