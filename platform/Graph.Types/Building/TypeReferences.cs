namespace Graph.Types;

/// <summary>The names of the types a named type refers to through its members.</summary>
internal static class TypeReferences
{
    public static IEnumerable<string> Of(INamedType type)
    {
        switch (type)
        {
            case IComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    yield return iface.Name;
                }

                foreach (var field in complex.Fields)
                {
                    yield return field.Type.NamedType().Name;
                    foreach (var argument in field.Arguments)
                    {
                        yield return argument.Type.NamedType().Name;
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    yield return member.Name;
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    yield return field.Type.NamedType().Name;
                }

                break;
        }
    }
}
