using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Execution;

/// <summary>
/// Builds the client schema from the execution schema (docs/fusion.md): every <c>fusion__*</c> definition and
/// directive removed, every <c>@fusion__inaccessible</c> member removed; SDL-first, without resolvers.
/// </summary>
internal static class ClientSchemaBuilder
{
    private const string Prefix = "fusion__";

    public static Graph.Types.Schema Build(DocumentNode executionDocument)
    {
        var inaccessibleTypes = executionDocument.Definitions.OfType<TypeDefinitionNode>()
            .Where(t => IsInaccessible(((IHasDirectives)t).Directives))
            .Select(t => ((INamedSyntaxNode)t).Name.Value)
            .ToHashSet(StringComparer.Ordinal);

        var definitions = new List<DefinitionNode>();
        foreach (var definition in executionDocument.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive when directive.Name.Value.StartsWith(Prefix, StringComparison.Ordinal):
                    continue;
                case TypeDefinitionNode type when ((INamedSyntaxNode)type).Name.Value.StartsWith(Prefix, StringComparison.Ordinal)
                    || inaccessibleTypes.Contains(((INamedSyntaxNode)type).Name.Value):
                    continue;
                case ObjectTypeDefinitionNode obj:
                    definitions.Add(obj with
                    {
                        Interfaces = obj.Interfaces.Where(i => !inaccessibleTypes.Contains(i.Name.Value)).ToArray(),
                        Directives = Strip(obj.Directives),
                        Fields = Fields(obj.Fields),
                    });
                    break;
                case InterfaceTypeDefinitionNode iface:
                    definitions.Add(iface with
                    {
                        Interfaces = iface.Interfaces.Where(i => !inaccessibleTypes.Contains(i.Name.Value)).ToArray(),
                        Directives = Strip(iface.Directives),
                        Fields = Fields(iface.Fields),
                    });
                    break;
                case UnionTypeDefinitionNode union:
                    definitions.Add(union with
                    {
                        Directives = Strip(union.Directives),
                        Types = union.Types.Where(t => !inaccessibleTypes.Contains(t.Name.Value)).ToArray(),
                    });
                    break;
                case EnumTypeDefinitionNode enumType:
                    definitions.Add(enumType with
                    {
                        Directives = Strip(enumType.Directives),
                        Values = enumType.Values.Where(v => !IsInaccessible(v.Directives)).Select(v => v with { Directives = Strip(v.Directives) }).ToArray(),
                    });
                    break;
                case InputObjectTypeDefinitionNode input:
                    definitions.Add(input with { Directives = Strip(input.Directives), Fields = InputValues(input.Fields) });
                    break;
                case ScalarTypeDefinitionNode scalar:
                    definitions.Add(scalar with { Directives = Strip(scalar.Directives) });
                    break;
                case SchemaDefinitionNode schema:
                    definitions.Add(schema with { Directives = Strip(schema.Directives) });
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        try
        {
            return new SchemaBuilder().AddDocument(new DocumentNode(definitions)).Build();
        }
        catch (Exception error) when (error is SchemaValidationException or InvalidOperationException or ArgumentException)
        {
            throw new FusionSchemaException($"The client schema derived from the execution schema is invalid: {error.Message}");
        }
    }

    private static bool IsInaccessible(IReadOnlyList<DirectiveNode> directives) => directives.Any(d => d.Name.Value == Prefix + "inaccessible");

    private static DirectiveNode[] Strip(IReadOnlyList<DirectiveNode> directives) =>
        directives.Where(d => !d.Name.Value.StartsWith(Prefix, StringComparison.Ordinal)).ToArray();

    private static FieldDefinitionNode[] Fields(IReadOnlyList<FieldDefinitionNode> fields) =>
        fields.Where(f => !IsInaccessible(f.Directives))
            .Select(f => f with { Directives = Strip(f.Directives), Arguments = InputValues(f.Arguments) })
            .ToArray();

    private static InputValueDefinitionNode[] InputValues(IReadOnlyList<InputValueDefinitionNode> values) =>
        values.Where(v => !IsInaccessible(v.Directives)).Select(v => v with { Directives = Strip(v.Directives) }).ToArray();
}
