using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>graphql-js's "Unknown type" message, with suggestions among the schema's type names.</summary>
internal static class UnknownTypeMessage
{
    /// <summary>The message when <paramref name="node"/> names no type of the schema; null when the type exists.</summary>
    public static string? For(NamedTypeNode node, ValidationContext context)
    {
        var name = node.Name.Value;
        if (context.Schema.FindType(name) is not null)
        {
            return null;
        }

        var suggestions = context.HideSuggestions ? [] : Suggestions.List(name, context.Schema.Types.Select(t => t.Name));
        return $"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions);
    }

    /// <summary>The named type at the core of a type reference (<c>[Foo!]!</c> -> <c>Foo</c>).</summary>
    public static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        ListTypeNode list => NamedTypeOf(list.Type),
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        _ => (NamedTypeNode)type,
    };
}
