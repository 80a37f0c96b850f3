namespace Graph.Execution;

/// <summary>
/// Puts a response's errors in the order of the response they belong to: depth first, fields in selection order,
/// list items by index. Sibling fields run concurrently (spec 6.3 "Executing Selection Sets"), so the order in which
/// their errors are raised varies from run to run; the spec gives <c>errors</c> no order (7.1.2), and ordering by
/// the response makes identical requests produce identical responses, as graphql-js's synchronous execution does.
/// Errors without a path come first; where a path leaves the data (its parent was nulled) the rest of it does not
/// count; ties keep the order in which the errors were raised.
/// </summary>
internal static class ErrorOrder
{
    private const int Unknown = -1;

    public static IReadOnlyList<GraphQLError> InResponseOrder(IReadOnlyList<GraphQLError> errors, ResultMap? data)
    {
        if (errors.Count < 2)
        {
            return errors;
        }

        var keys = new int[errors.Count][];
        var order = new int[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            keys[i] = PositionOf(errors[i].Path, data);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => Compare(keys[a], keys[b]) is var byPosition and not 0 ? byPosition : a.CompareTo(b));
        var sorted = new GraphQLError[errors.Count];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = errors[order[i]];
        }

        return sorted;
    }

    /// <summary>The error's place in the response: for each path segment, the field's index among its siblings or the list index.</summary>
    private static int[] PositionOf(IReadOnlyList<object>? path, object? data)
    {
        if (path is null)
        {
            return [];
        }

        var position = new int[path.Count];
        var current = data;
        for (var i = 0; i < path.Count; i++)
        {
            switch (path[i], current)
            {
                case (string name, ResultMap map):
                    position[i] = IndexOf(map, name);
                    current = map.TryGetValue(name, out var child) ? child : null;
                    break;
                case (int index, IReadOnlyList<object?> list):
                    position[i] = index;
                    current = index < list.Count ? list[index] : null;
                    break;
                case (int index, _):
                    position[i] = index;
                    current = null;
                    break;
                default:
                    position[i] = Unknown;
                    current = null;
                    break;
            }
        }

        return position;
    }

    private static int IndexOf(ResultMap map, string name)
    {
        var index = 0;
        foreach (var key in map.Keys)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return index;
            }

            index++;
        }

        return Unknown;
    }

    private static int Compare(int[] left, int[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
