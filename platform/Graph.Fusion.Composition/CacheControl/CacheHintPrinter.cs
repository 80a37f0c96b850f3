using System.Globalization;
using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// Writes the merged cache hints into the execution schema as <c>@fusion__cacheControl</c> on types and fields
/// (docs/fusion.md "Response cache"); like every <c>fusion__*</c> member they never reach the client schema.
/// </summary>
internal static class CacheHintPrinter
{
    public const string DirectiveName = "fusion__cacheControl";

    /// <summary>The definitions, printed only when some source schema gives a hint.</summary>
    public const string Sdl = """
        "Who may share a cached response: anyone (`PUBLIC`) or only the same user (`PRIVATE`)."
        enum fusion__CacheControlScope {
          PUBLIC
          PRIVATE
        }

        "The merged `@cacheControl` hints of the source schemas (the stricter wins: the smaller maxAge, PRIVATE over PUBLIC); the gateway's response cache reads them. `maxAge` is in seconds; `inheritMaxAge` takes the parent field's."
        directive @fusion__cacheControl(maxAge: Int, scope: fusion__CacheControlScope! = PUBLIC, inheritMaxAge: Boolean! = false) on OBJECT | INTERFACE | UNION | FIELD_DEFINITION
        """;

    public static TypeDefinitionNode Annotate(TypeDefinitionNode type, IReadOnlyDictionary<string, CacheHint> hints)
    {
        var name = type.Name.Value;
        return type switch
        {
            ObjectTypeDefinitionNode o => o with { Directives = With(o.Directives, hints.GetValueOrDefault(name)), Fields = Fields(name, o.Fields, hints) },
            InterfaceTypeDefinitionNode i => i with { Directives = With(i.Directives, hints.GetValueOrDefault(name)), Fields = Fields(name, i.Fields, hints) },
            UnionTypeDefinitionNode u => u with { Directives = With(u.Directives, hints.GetValueOrDefault(name)) },
            _ => type,
        };
    }

    private static FieldDefinitionNode[] Fields(string type, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyDictionary<string, CacheHint> hints) =>
        [.. fields.Select(f => f with { Directives = With(f.Directives, hints.GetValueOrDefault(type + "." + f.Name.Value)) })];

    private static IReadOnlyList<DirectiveNode> With(IReadOnlyList<DirectiveNode> directives, CacheHint? hint)
    {
        if (hint is null)
        {
            return directives;
        }

        var arguments = new List<ArgumentNode>();
        if (hint.MaxAge is { } maxAge)
        {
            arguments.Add(new ArgumentNode(new NameNode("maxAge"), new IntValueNode(maxAge.ToString(CultureInfo.InvariantCulture))));
        }

        if (hint.Private)
        {
            arguments.Add(new ArgumentNode(new NameNode("scope"), new EnumValueNode("PRIVATE")));
        }

        if (hint.InheritMaxAge)
        {
            arguments.Add(new ArgumentNode(new NameNode("inheritMaxAge"), new BooleanValueNode(true)));
        }

        return [.. directives, new DirectiveNode(new NameNode(DirectiveName), arguments)];
    }
}
