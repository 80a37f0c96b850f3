using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>The spec's shared merge algorithms (section 4.3.12): LeastRestrictiveType (output) and MostRestrictiveType (input).</summary>
internal static class TypeMerging
{
    /// <summary>LeastRestrictiveType; null when the types cannot be merged (the pre-merge rules report that).</summary>
    public static TypeNode? LeastRestrictive(IReadOnlyList<(TypeNode Type, SourceSchema Schema)> types, CompositionContext context)
    {
        var nullable = types.Any(t => !t.Type.IsNonNull());
        var unwrapped = types.Select(t => (Type: t.Type.Nullable(), t.Schema)).ToList();
        TypeNode? result;
        if (unwrapped.Any(t => t.Type is ListTypeNode))
        {
            if (!unwrapped.All(t => t.Type is ListTypeNode))
            {
                return null;
            }

            var inner = LeastRestrictive(unwrapped.Select(t => (((ListTypeNode)t.Type).Type, t.Schema)).ToList(), context);
            result = inner is null ? null : new ListTypeNode(inner);
        }
        else
        {
            var name = LeastRestrictiveNamed(unwrapped.Select(t => ((NamedTypeNode)t.Type).Name.Value).ToList(), context);
            result = name is null ? null : new NamedTypeNode(new NameNode(name));
        }

        return result is null ? null : nullable ? result : new NonNullTypeNode(result);
    }

    /// <summary>MostRestrictiveType; null when the types cannot be merged.</summary>
    public static TypeNode? MostRestrictive(TypeNode a, TypeNode b)
    {
        var nullable = !a.IsNonNull() && !b.IsNonNull();
        a = a.Nullable();
        b = b.Nullable();
        TypeNode? result = (a, b) switch
        {
            (ListTypeNode la, ListTypeNode lb) => MostRestrictive(la.Type, lb.Type) is { } inner ? new ListTypeNode(inner) : null,
            (NamedTypeNode na, NamedTypeNode nb) when na.Name.Value == nb.Name.Value => na,
            _ => null,
        };
        return result is null ? null : nullable ? result : new NonNullTypeNode(result);
    }

    private static string? LeastRestrictiveNamed(IReadOnlyList<string> names, CompositionContext context)
    {
        var candidates = names.Distinct().ToList();
        var supertypes = candidates.Where(c => names.All(n => IsOutputSupertype(c, n, context))).ToList();
        return supertypes
            .OrderBy(c => PossibleTypes(c, context).Count)
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static bool IsOutputSupertype(string candidate, string type, CompositionContext context)
    {
        if (candidate == type)
        {
            return true;
        }

        var candidateKind = Kind(candidate, context);
        var typeKind = Kind(type, context);
        if (candidateKind is ScalarTypeDefinitionNode or EnumTypeDefinitionNode or null || typeKind is ScalarTypeDefinitionNode or EnumTypeDefinitionNode or null)
        {
            return false;
        }

        if (candidateKind is ObjectTypeDefinitionNode)
        {
            return false;
        }

        var candidatePossible = PossibleTypes(candidate, context);
        return typeKind is ObjectTypeDefinitionNode ? candidatePossible.Contains(type) : PossibleTypes(type, context).IsSubsetOf(candidatePossible);
    }

    private static TypeDefinitionNode? Kind(string name, CompositionContext context) =>
        SyntaxFacts.BuiltInScalars.Contains(name) ? new ScalarTypeDefinitionNode(new NameNode(name), []) : context.Definitions(name).Select(d => d.Type).FirstOrDefault();

    /// <summary>The possible runtime object types of a type across every source schema (scalars and enums have none).</summary>
    public static HashSet<string> PossibleTypes(string name, CompositionContext context)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (schema, type) in context.Definitions(name))
        {
            switch (type)
            {
                case ObjectTypeDefinitionNode:
                    result.Add(name);
                    break;
                case UnionTypeDefinitionNode union:
                    result.UnionWith(union.Types.Select(t => t.Name.Value));
                    break;
                case InterfaceTypeDefinitionNode:
                    result.UnionWith(schema.Types.Values.OfType<ObjectTypeDefinitionNode>().Where(o => o.Interfaces.Any(i => i.Name.Value == name)).Select(o => o.Name.Value));
                    break;
            }
        }

        return result;
    }
}
