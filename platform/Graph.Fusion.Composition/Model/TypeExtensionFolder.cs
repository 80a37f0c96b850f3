using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Merges <c>extend type</c> (and the other type extensions) into their definitions, so rules see one definition per type.</summary>
internal static class TypeExtensionFolder
{
    public static DocumentNode Fold(DocumentNode document)
    {
        var extensions = document.Definitions.OfType<TypeExtensionNode>().ToList();
        if (extensions.Count == 0)
        {
            return document;
        }

        var definitions = new List<DefinitionNode>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                positions.TryAdd(type.Name.Value, definitions.Count);
            }

            if (definition is not TypeExtensionNode)
            {
                definitions.Add(definition);
            }
        }

        foreach (var extension in extensions)
        {
            var name = ((INamedSyntaxNode)extension).Name.Value;
            if (!positions.TryGetValue(name, out var index))
            {
                // An extension of an undefined type starts the definition (lenient, like a federation subgraph).
                positions[name] = definitions.Count;
                definitions.Add(Empty(extension));
                index = definitions.Count - 1;
            }

            definitions[index] = Merge(definitions[index], extension);
        }

        return new DocumentNode(definitions);
    }

    private static DefinitionNode Empty(TypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode o => new ObjectTypeDefinitionNode(o.Name, [], [], []),
        InterfaceTypeExtensionNode i => new InterfaceTypeDefinitionNode(i.Name, [], [], []),
        UnionTypeExtensionNode u => new UnionTypeDefinitionNode(u.Name, [], []),
        EnumTypeExtensionNode e => new EnumTypeDefinitionNode(e.Name, [], []),
        InputObjectTypeExtensionNode i => new InputObjectTypeDefinitionNode(i.Name, [], []),
        ScalarTypeExtensionNode s => new ScalarTypeDefinitionNode(s.Name, []),
        _ => throw new InvalidOperationException($"Unknown extension {extension.Kind}."),
    };

    private static DefinitionNode Merge(DefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
    {
        (ObjectTypeDefinitionNode d, ObjectTypeExtensionNode e) => d with
        {
            Interfaces = [.. d.Interfaces, .. e.Interfaces], Directives = [.. d.Directives, .. e.Directives], Fields = [.. d.Fields, .. e.Fields],
        },
        (InterfaceTypeDefinitionNode d, InterfaceTypeExtensionNode e) => d with
        {
            Interfaces = [.. d.Interfaces, .. e.Interfaces], Directives = [.. d.Directives, .. e.Directives], Fields = [.. d.Fields, .. e.Fields],
        },
        (UnionTypeDefinitionNode d, UnionTypeExtensionNode e) => d with { Directives = [.. d.Directives, .. e.Directives], Types = [.. d.Types, .. e.Types] },
        (EnumTypeDefinitionNode d, EnumTypeExtensionNode e) => d with { Directives = [.. d.Directives, .. e.Directives], Values = [.. d.Values, .. e.Values] },
        (InputObjectTypeDefinitionNode d, InputObjectTypeExtensionNode e) => d with { Directives = [.. d.Directives, .. e.Directives], Fields = [.. d.Fields, .. e.Fields] },
        (ScalarTypeDefinitionNode d, ScalarTypeExtensionNode e) => d with { Directives = [.. d.Directives, .. e.Directives] },
        _ => definition, // a kind mismatch stays visible as the original definition
    };
}
