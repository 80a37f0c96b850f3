using System.Reflection;
using Graph.Types;

namespace Graph.Users.Errors;

/// <summary>
/// Adds object types declared in another assembly (the shared <c>ValidationError</c>, <c>NotFoundError</c> of
/// Graph.ServiceDefaults, sealed records that cannot implement this service's union interfaces) to a code-first
/// <c>[UnionType]</c>. The types must be registered on the schema (<c>AddType</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class UnionMembersAttribute(params Type[] members) : GraphQLDescriptorAttribute
{
    public IReadOnlyList<Type> Members { get; } = members;

    public override void OnConfigure(DefinitionBuilder definition, ICustomAttributeProvider member)
    {
        if (definition is not UnionTypeBuilder union)
        {
            throw new InvalidOperationException($"[UnionMembers] applies to [UnionType] interfaces; {member} is not one.");
        }

        foreach (var type in Members)
        {
            var name = type.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? type.Name;
            if (!union.Types.Contains(name))
            {
                union.Types.Add(name);
            }
        }
    }
}
