using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>The named types referenced by type definitions (fields, arguments, input fields, members, interfaces, root types).</summary>
internal static class TypeReferences
{
    public static HashSet<string> Collect(IEnumerable<DefinitionNode> definitions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "Query", "Mutation", "Subscription" };
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode:
                    var type = (TypeDefinitionNode)definition;
                    names.UnionWith(type.Interfaces().Select(i => i.Name.Value));
                    foreach (var field in type.Fields())
                    {
                        names.Add(field.Type.NamedType());
                        names.UnionWith(field.Arguments.Select(a => a.Type.NamedType()));
                    }

                    break;
                case UnionTypeDefinitionNode union:
                    names.UnionWith(union.Types.Select(t => t.Name.Value));
                    break;
                case InputObjectTypeDefinitionNode input:
                    names.UnionWith(input.Fields.Select(f => f.Type.NamedType()));
                    break;
                case DirectiveDefinitionNode directive:
                    names.UnionWith(directive.Arguments.Select(a => a.Type.NamedType()));
                    break;
                case SchemaDefinitionNode schema:
                    names.UnionWith(schema.OperationTypes.Select(o => o.Type.Name.Value));
                    break;
            }
        }

        return names;
    }
}
