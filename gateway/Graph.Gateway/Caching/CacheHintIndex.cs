using System.Collections.Frozen;
using Graph.Language;
using Graph.Types;

namespace Graph.Gateway.Caching;

/// <summary>A cache hint of the execution schema (<c>@fusion__cacheControl</c>): seconds, scope, inheritance.</summary>
public sealed record ResponseCacheHint(int? MaxAge, bool Private, bool InheritMaxAge);

/// <summary>
/// What the response cache needs of the execution schema (docs/fusion.md "Response cache"): per output type its kind,
/// <c>@fusion__cacheControl</c> hint, fields (named type and hint), possible object types, and the key field that
/// names its entities in tags (<c>Product:&lt;id&gt;</c>): the field of its single-field lookup key, else an
/// <c>id</c> field.
/// </summary>
public sealed class CacheHintIndex
{
    private const string HintDirective = "fusion__cacheControl";
    private readonly FrozenDictionary<string, CachedType> _types;

    private CacheHintIndex(Dictionary<string, CachedType> types, string query)
    {
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
        QueryTypeName = query;
    }

    /// <summary>The query root type's name.</summary>
    public string QueryTypeName { get; }

    /// <summary>Whether any type or field carries a hint (else nothing is ever cacheable).</summary>
    public bool HasHints => _types.Values.Any(t => t.Hint is not null || t.Fields.Values.Any(f => f.Hint is not null));

    /// <summary>Reads an execution schema's SDL.</summary>
    public static CacheHintIndex Parse(string executionSdl)
    {
        ArgumentNullException.ThrowIfNull(executionSdl);
        return Read(Parser.Parse(executionSdl, ParserOptions.TypeSystem));
    }

    /// <summary>Reads an execution schema document.</summary>
    public static CacheHintIndex Read(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var types = new Dictionary<string, CachedType>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    types[o.Name.Value] = Complex(o.Name.Value, CachedTypeKind.Object, o.Directives, o.Fields);
                    foreach (var i in o.Interfaces)
                    {
                        (implementations.TryGetValue(i.Name.Value, out var list) ? list : implementations[i.Name.Value] = []).Add(o.Name.Value);
                    }

                    break;
                case InterfaceTypeDefinitionNode i:
                    types[i.Name.Value] = Complex(i.Name.Value, CachedTypeKind.Interface, i.Directives, i.Fields);
                    break;
                case UnionTypeDefinitionNode u:
                    types[u.Name.Value] = new CachedType(u.Name.Value, CachedTypeKind.Union, Hint(u.Directives), FrozenDictionary<string, CachedField>.Empty, null)
                    {
                        PossibleTypes = [.. u.Types.Select(t => t.Name.Value)],
                    };
                    break;
            }
        }

        foreach (var (name, objects) in implementations)
        {
            if (types.TryGetValue(name, out var iface))
            {
                types[name] = iface with { PossibleTypes = objects };
            }
        }

        foreach (var (name, type) in types.Where(t => t.Value.Kind != CachedTypeKind.Object).ToList())
        {
            types[name] = type with { PossibleTypes = [.. type.PossibleTypes.Where(p => types.TryGetValue(p, out var o) && !o.IsInaccessible)] };
        }

        var query = document.Definitions.OfType<SchemaDefinitionNode>().SelectMany(s => s.OperationTypes)
            .FirstOrDefault(o => o.Operation == OperationType.Query)?.Type.Name.Value ?? "Query";
        return new CacheHintIndex(types, query);
    }

    /// <summary>The composite type <paramref name="name"/>, or null for leaf types and unknown names.</summary>
    public CachedType? Find(string name) => _types.GetValueOrDefault(name);

    private static CachedType Complex(string name, CachedTypeKind kind, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        // Inaccessible members are not in the client schema: a rewritten operation must not select them.
        var byName = fields.Where(f => !IsInaccessible(f.Directives))
            .ToFrozenDictionary(f => f.Name.Value, f => new CachedField(f.Name.Value, NamedType(f.Type), Hint(f.Directives)), StringComparer.Ordinal);
        var inaccessible = IsInaccessible(directives);
        return new CachedType(name, kind, Hint(directives), byName, inaccessible ? null : KeyField(directives, byName))
        {
            PossibleTypes = kind == CachedTypeKind.Object && !inaccessible ? [name] : [],
            IsInaccessible = inaccessible,
        };
    }

    private static bool IsInaccessible(IReadOnlyList<DirectiveNode> directives) => directives.Any(d => d.Name.Value == "fusion__inaccessible");

    private static string? KeyField(IReadOnlyList<DirectiveNode> directives, FrozenDictionary<string, CachedField> fields)
    {
        var keys = directives.Where(d => d.Name.Value == "fusion__lookup")
            .Select(d => d.Arguments.FirstOrDefault(a => a.Name.Value == "key")?.Value)
            .OfType<StringValueNode>()
            .Select(k => k.Value.Trim())
            .Where(k => k.Length > 0 && !k.Contains(' ', StringComparison.Ordinal) && !k.Contains('{', StringComparison.Ordinal) && fields.ContainsKey(k))
            .ToList();
        if (keys.Contains("id"))
        {
            return "id";
        }

        return keys.FirstOrDefault() ?? (fields.TryGetValue("id", out var id) && id.TypeName == "ID" ? "id" : null);
    }

    private static ResponseCacheHint? Hint(IReadOnlyList<DirectiveNode> directives)
    {
        var directive = directives.FirstOrDefault(d => d.Name.Value == HintDirective);
        if (directive is null)
        {
            return null;
        }

        var (maxAge, isPrivate, inherit) = CacheControlDirective.ReadArguments(directive);
        return new ResponseCacheHint(maxAge, isPrivate, inherit);
    }

    private static string NamedType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => NamedType(list.Type),
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        _ => throw new InvalidOperationException("Unknown type node."),
    };
}

/// <summary>The kind of a composite type.</summary>
public enum CachedTypeKind
{
    Object,
    Interface,
    Union,
}

/// <summary>A composite type of the execution schema as the response cache sees it.</summary>
public sealed record CachedType(string Name, CachedTypeKind Kind, ResponseCacheHint? Hint, FrozenDictionary<string, CachedField> Fields, string? KeyField)
{
    /// <summary>The object types a value of this type can be (itself for an object type).</summary>
    public IReadOnlyList<string> PossibleTypes { get; init; } = [];

    /// <summary>Hidden from clients (<c>@fusion__inaccessible</c>).</summary>
    public bool IsInaccessible { get; init; }
}

/// <summary>An output field: its named type and hint.</summary>
public sealed record CachedField(string Name, string TypeName, ResponseCacheHint? Hint);
