using Graph.Language;

namespace Graph.Types;

/// <summary>Parses type references written as in SDL (<c>[Product!]!</c>, spec 2.11) into syntax nodes.</summary>
public static class TypeReference
{
    public static TypeNode Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var position = 0;
        var result = ParseType(text, ref position);
        SkipWhitespace(text, ref position);
        return position == text.Length ? result : throw Invalid(text);
    }

    public static TypeNode Named(string name) => new NamedTypeNode(new NameNode(name));

    public static TypeNode NonNull(TypeNode type) => type is NonNullTypeNode ? type : new NonNullTypeNode(type);

    public static TypeNode List(TypeNode itemType) => new ListTypeNode(itemType);

    /// <summary>The type reference for a resolved type (the inverse of resolution).</summary>
    public static TypeNode From(IType type) => type switch
    {
        NonNullType nonNull => new NonNullTypeNode(From(nonNull.OfType)),
        ListType list => new ListTypeNode(From(list.OfType)),
        INamedType named => Named(named.Name),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    /// <summary>The named type under the wrappers of a reference.</summary>
    public static NamedTypeNode NamedOf(TypeNode type) => type switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => NamedOf(list.Type),
        NonNullTypeNode nonNull => NamedOf(nonNull.Type),
        _ => throw new ArgumentException($"Unknown type node {type}.", nameof(type)),
    };

    private static TypeNode ParseType(string text, ref int position)
    {
        SkipWhitespace(text, ref position);
        TypeNode type;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var item = ParseType(text, ref position);
            SkipWhitespace(text, ref position);
            if (position >= text.Length || text[position] != ']')
            {
                throw Invalid(text);
            }

            position++;
            type = new ListTypeNode(item);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (position == start || char.IsAsciiDigit(text[start]))
            {
                throw Invalid(text);
            }

            type = Named(text[start..position]);
        }

        SkipWhitespace(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            type = new NonNullTypeNode(type);
        }

        return type;
    }

    private static void SkipWhitespace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static FormatException Invalid(string text) => new($"\"{text}\" is not a GraphQL type reference such as \"[Product!]!\".");
}
