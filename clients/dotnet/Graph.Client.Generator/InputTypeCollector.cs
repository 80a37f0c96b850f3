using Graph.Language;
using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>The input object types and enums the operations' variables reach, transitively, in first-use order.</summary>
internal sealed class InputTypeCollector(Schema schema)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<InputObjectType> InputTypes { get; } = [];

    public SortedSet<string> Enums { get; } = new(StringComparer.Ordinal);

    public VariableModel Variable(VariableDefinitionNode definition)
    {
        var type = Resolve(definition.Type);
        var named = type.NamedType();
        Reach(named);
        var required = type is NonNullType && definition.DefaultValue is null;
        var text = TypeMapper.Wrap(type, NamedText(named), forceNullable: !required);
        var name = definition.Variable.Name.Value;
        return new VariableModel(name, CSharpNames.Parameter(name), text, required);
    }

    /// <summary>A named input type as C#: the generated input record or enum, or a scalar's .NET type.</summary>
    public static string NamedText(INamedType type) => type is InputObjectType ? type.Name : TypeMapper.Leaf(type);

    private void Reach(INamedType type)
    {
        if (!_seen.Add(type.Name))
        {
            return;
        }

        switch (type)
        {
            case EnumType:
                Enums.Add(type.Name);
                break;
            case InputObjectType input:
                InputTypes.Add(input);
                foreach (var field in input.Fields)
                {
                    Reach(field.Type.NamedType());
                }

                break;
        }
    }

    private IType Resolve(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
        ListTypeNode list => new ListType(Resolve(list.Type)),
        NamedTypeNode named => schema.FindType(named.Name.Value)!,
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
