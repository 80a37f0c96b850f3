using System.Reflection;
using Graph.Language;
using Graph.Types;

namespace Graph.Data;

/// <summary>
/// Makes a field's item type non-null: <c>node: Product!</c>, <c>nodes: [Product!]!</c>. Reflection cannot see the
/// nullability a closed generic like <c>Edge&lt;Product&gt;</c> was written with (it lives at the use site), so a
/// property of type <c>T</c> is inferred nullable; a connection never holds null items.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class NonNullItemAttribute : GraphQLDescriptorAttribute
{
    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        if (definition is FieldBuilder field)
        {
            field.Type = NonNullItem(field.Type);
        }
    }

    private static TypeNode NonNullItem(TypeNode type) => type switch
    {
        NonNullTypeNode { Type: ListTypeNode list } => new NonNullTypeNode(new ListTypeNode(NonNull(list.Type))),
        ListTypeNode list => new ListTypeNode(NonNull(list.Type)),
        _ => NonNull(type),
    };

    private static TypeNode NonNull(TypeNode type) => type is NonNullTypeNode ? type : new NonNullTypeNode(type);
}
