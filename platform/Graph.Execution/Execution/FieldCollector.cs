using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution;

/// <summary>Spec 6.3.2 "Field Collection" for one operation and its variable values.</summary>
internal sealed class FieldCollector(Schema schema, CompiledOperation operation, VariableValues variables)
{
    public FieldSelection[] CollectRootFields(CompiledOperation compiled) =>
        Build(compiled.RootType, CollectFields(compiled.RootType, [compiled.Definition.SelectionSet]));

    /// <summary>CollectSubfields (spec 6.4.3): the merged selection sets of every field node of one response key.</summary>
    public FieldSelection[] CollectSubfields(ObjectType objectType, FieldNode[] fields)
    {
        var sets = new List<SelectionSetNode>(fields.Length);
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } set)
            {
                sets.Add(set);
            }
        }

        return Build(objectType, CollectFields(objectType, sets));
    }

    /// <summary>
    /// CollectFields(objectType, selectionSet, variableValues, visitedFragments): response keys in the order they are
    /// first met, each with every field node selected under it; @skip and @include applied (spec 3.13.1, 3.13.2).
    /// </summary>
    public Dictionary<string, List<FieldNode>> CollectFields(ObjectType objectType, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
        {
            Collect(objectType, set, grouped, visited);
        }

        return grouped;
    }

    private void Collect(ObjectType objectType, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> grouped, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition.Name.Value))
                    {
                        Collect(objectType, inline.SelectionSet, grouped, visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visited.Add(name) || !operation.Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name.Value))
                    {
                        Collect(objectType, fragment.SelectionSet, grouped, visited);
                    }

                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply(objectType, fragmentType) (spec 6.3.2).</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, string typeName)
    {
        if (typeName == objectType.Name)
        {
            return true;
        }

        return schema.FindType(typeName) is { } type && type.IsAbstractType() && schema.IsSubType(type, objectType);
    }

    // Spec 3.13.1 @skip(if:) and 3.13.2 @include(if:).
    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = false;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                        _ => false,
                    };
                }
            }

            if ((name == "skip" && condition) || (name == "include" && !condition))
            {
                return false;
            }
        }

        return true;
    }

    private FieldSelection[] Build(ObjectType objectType, Dictionary<string, List<FieldNode>> grouped)
    {
        var result = new List<FieldSelection>(grouped.Count);
        foreach (var (key, nodes) in grouped)
        {
            var name = nodes[0].Name.Value;
            var (definition, meta) = name switch
            {
                "__typename" => (IntrospectionTypes.TypeNameField, MetaField.TypeName),
                "__schema" when ReferenceEquals(objectType, schema.QueryType) => (IntrospectionTypes.SchemaField, MetaField.Schema),
                "__type" when ReferenceEquals(objectType, schema.QueryType) => (IntrospectionTypes.TypeField, MetaField.Type),
                _ => (objectType.Fields.Find(name), MetaField.None),
            };

            // A field not defined on the type is left out of the response (graphql-js executeField; validation rejects it).
            if (definition is not null)
            {
                result.Add(new FieldSelection(key, [.. nodes], definition, objectType, meta));
            }
        }

        return [.. result];
    }
}
