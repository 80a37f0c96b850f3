using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Execution;
using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Builds the client's <c>data</c> from the merged subgraph results: exactly the client's selection (response keys,
/// selection order, <c>__typename</c> from the concrete type, variable <c>@skip</c>/<c>@include</c>), internal fields
/// left out, values completed against the client schema with null propagation (spec 6.4.4): a null in a non-null
/// position nulls the nearest nullable parent, with an error unless one was already reported at or below it.
/// </summary>
internal sealed class ResultShaper(Graph.Types.Schema schema, VariableValues variables, List<GraphQLError> errors, IReadOnlyDictionary<string, object?>? introspection)
{
    private readonly HashSet<string> _errorPaths = errors.Where(e => e.Path is not null).Select(e => PathKey(e.Path!)).ToHashSet(StringComparer.Ordinal);

    private sealed class NullPropagation : Exception;

    public ResultMap? Shape(OperationType operationType, SelectionSetNode selectionSet, JsonObject data)
    {
        var root = schema.GetRootType(operationType)!;
        try
        {
            return ShapeObject(root, selectionSet.Selections, data, [], true);
        }
        catch (NullPropagation)
        {
            return null;
        }
    }

    private ResultMap ShapeObject(ObjectType type, IReadOnlyList<SelectionNode> selections, JsonObject source, List<object> path, bool isRoot = false)
    {
        var fields = new List<(string Key, FieldNode First, List<FieldNode> All)>();
        Collect(type, selections, fields);
        var map = new ResultMap(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, field, all) = fields[i];
            var name = field.Name.Value;
            if (name == "__typename")
            {
                map.Set(i, key, type.Name);
                continue;
            }

            if (isRoot && name is "__schema" or "__type")
            {
                map.Set(i, key, introspection is not null && introspection.TryGetValue(key, out var value) ? value : null);
                continue;
            }

            var definition = type.Fields[name];
            var childPath = new List<object>(path) { key };
            source.TryGetPropertyValue(key, out var raw);
            try
            {
                map.Set(i, key, Complete(definition.Type, all, raw, childPath));
            }
            catch (NullPropagation) when (!definition.Type.IsNonNull())
            {
                map.Set(i, key, null);
            }
        }

        return map;
    }

    private object? Complete(IType type, List<FieldNode> fields, JsonNode? value, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            var completed = Complete(nonNull.OfType, fields, value, path);
            if (completed is null)
            {
                ReportNull(path);
                throw new NullPropagation();
            }

            return completed;
        }

        if (value is null)
        {
            return null;
        }

        if (type is ListType list)
        {
            if (value is not JsonArray array)
            {
                return null;
            }

            var items = new object?[array.Count];
            for (var i = 0; i < array.Count; i++)
            {
                var itemPath = new List<object>(path) { i };
                try
                {
                    items[i] = Complete(list.OfType, fields, array[i], itemPath);
                }
                catch (NullPropagation) when (!list.OfType.IsNonNull())
                {
                    items[i] = null;
                }
            }

            return items;
        }

        var named = (INamedType)type;
        if (named.Kind is TypeKind.Scalar or TypeKind.Enum)
        {
            return value is JsonValue leaf && leaf.TryGetValue<JsonElement>(out var element) ? element : JsonSerializer.SerializeToElement(value);
        }

        if (value is not JsonObject obj)
        {
            return null;
        }

        var objectType = named as ObjectType ?? ConcreteType(named, obj);
        if (objectType is null)
        {
            return null;
        }

        var selections = fields.SelectMany(f => f.SelectionSet?.Selections ?? []).ToArray();
        return ShapeObject(objectType, selections, obj, path);
    }

    private ObjectType? ConcreteType(INamedType abstractType, JsonObject obj)
    {
        var typename = obj[Planning.OperationPlanner.TypenameAlias]?.GetValue<string>() ?? obj["__typename"]?.GetValue<string>();
        return typename is not null && schema.FindType(typename) is ObjectType concrete && schema.IsSubType(abstractType, concrete) ? concrete : null;
    }

    /// <summary>CollectFields (spec 6.3.2) over the normalized selections, with the request's variables.</summary>
    private void Collect(ObjectType type, IReadOnlyList<SelectionNode> selections, List<(string Key, FieldNode First, List<FieldNode> All)> into)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldNode field when Included(field.Directives):
                    var index = into.FindIndex(f => f.Key == field.ResponseKey);
                    if (index < 0)
                    {
                        into.Add((field.ResponseKey, field, [field]));
                    }
                    else
                    {
                        into[index].All.Add(field);
                    }

                    break;
                case InlineFragmentNode fragment when Included(fragment.Directives) && Applies(type, fragment.TypeCondition):
                    Collect(type, fragment.SelectionSet.Selections, into);
                    break;
            }
        }
    }

    private bool Applies(ObjectType type, NamedTypeNode? condition)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        return schema.FindType(condition.Name.Value) is { } conditionType && conditionType.Kind is TypeKind.Interface or TypeKind.Union && schema.IsSubType(conditionType, type);
    }

    private bool Included(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
            if (condition == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportNull(List<object> path)
    {
        // One error per failure: a failed fetch reports at the first field it owns on each entity, so a null sibling
        // of that field (same parent object) is already explained.
        var key = PathKey(path);
        var parent = PathKey(path.Take(path.Count - 1).ToArray());
        if (_errorPaths.Any(p => p == key || p.StartsWith(key + "/", StringComparison.Ordinal) || (path.Count > 1 && p.StartsWith(parent + "/", StringComparison.Ordinal))))
        {
            return;
        }

        _errorPaths.Add(key);
        errors.Add(new GraphQLError(
            $"Cannot return null for non-nullable field at path {string.Join('.', path)}.", null, path.ToArray(),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = FusionErrorCodes.SubgraphBadResponse }));
    }

    private static string PathKey(IReadOnlyList<object> path) => string.Join('/', path);
}
