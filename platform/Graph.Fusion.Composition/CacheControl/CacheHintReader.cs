using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Composition;

/// <summary>
/// Reads the <c>@cacheControl</c> hints of one source schema's SDL (before composition removes the directive, which is
/// not a composition directive) by coordinate: <c>Product</c> for a type, <c>Product.name</c> for a field.
/// </summary>
internal static class CacheHintReader
{
    public const string DirectiveName = "cacheControl";

    public static IReadOnlyDictionary<string, CacheHint> Read(DocumentNode document)
    {
        var hints = new Dictionary<string, CacheHint>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    Add(hints, o.Name.Value, o.Directives);
                    AddFields(hints, o.Name.Value, o.Fields);
                    break;
                case InterfaceTypeDefinitionNode i:
                    Add(hints, i.Name.Value, i.Directives);
                    AddFields(hints, i.Name.Value, i.Fields);
                    break;
                case UnionTypeDefinitionNode u:
                    Add(hints, u.Name.Value, u.Directives);
                    break;
            }
        }

        return hints;
    }

    private static void AddFields(Dictionary<string, CacheHint> hints, string type, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Add(hints, type + "." + field.Name.Value, field.Directives);
        }
    }

    private static void Add(Dictionary<string, CacheHint> hints, string coordinate, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives.Where(d => d.Name.Value == DirectiveName))
        {
            var hint = Parse(directive);
            hints[coordinate] = hints.TryGetValue(coordinate, out var seen) ? CacheHint.Stricter(seen, hint) : hint;
        }
    }

    private static CacheHint Parse(DirectiveNode directive)
    {
        var (maxAge, isPrivate, inherit) = CacheControlDirective.ReadArguments(directive);
        return new CacheHint(maxAge, isPrivate, inherit);
    }
}
