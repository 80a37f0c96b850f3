using System.Globalization;
using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Processing;

/// <summary>The measured size of an operation: depth, number of field selections and estimated cost.</summary>
public readonly record struct OperationComplexity(int Depth, int FieldCount, long Cost);

/// <summary>An operation's measure under <see cref="Limits"/> that read no variable, kept for its next requests.</summary>
internal sealed record MeasuredComplexity(OperationLimits Limits, OperationComplexity Complexity);

/// <summary>
/// Measures an operation before execution and enforces <see cref="OperationLimits"/> with request errors coded
/// <c>MAX_DEPTH_EXCEEDED</c>, <c>MAX_FIELDS_EXCEEDED</c> and <c>MAX_COST_EXCEEDED</c>. Fragments are expanded
/// (each fragment is entered once per path, so cycles rejected by validation cannot loop here).
/// </summary>
public static class OperationComplexityAnalyzer
{
    private static readonly string[] SizeArguments = ["first", "last", "limit", "take"];

    public static OperationComplexity Measure(Schema schema, CompiledOperation operation, VariableValues variables, OperationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(limits);
        // The measure reads variables only for list sizes (`first: $n`); one that read none holds for every request of the
        // operation under the same limits, so it is kept on the compiled operation (a subgraph's lookup runs per variable set).
        if (operation.MeasuredComplexity is { } known && ReferenceEquals(known.Limits, limits))
        {
            return known.Complexity;
        }

        var state = new State(schema, operation, variables ?? VariableValues.Empty, limits);
        var cost = state.Visit(operation.Definition.SelectionSet, operation.RootType, 1, 1, []);
        var measured = new OperationComplexity(state.MaxDepth, state.FieldCount, cost);
        if (!state.ReadVariables)
        {
            operation.MeasuredComplexity = new MeasuredComplexity(limits, measured);
        }

        return measured;
    }

    /// <summary>Throws <see cref="GraphQLRequestException"/> when the operation exceeds a limit.</summary>
    public static void Enforce(Schema schema, CompiledOperation operation, VariableValues variables, OperationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.MaxDepth is null && limits.MaxCost is null && limits.MaxFieldCount is null)
        {
            return;
        }

        var measured = Measure(schema, operation, variables, limits);
        if (limits.MaxDepth is { } maxDepth && measured.Depth > maxDepth)
        {
            throw new GraphQLRequestException([GraphQLError.WithCode(
                $"The operation has a depth of {measured.Depth}, which exceeds the maximum allowed depth of {maxDepth}.", ErrorCodes.MaxDepthExceeded, GraphQLError.LocationsOf(operation.Definition))]);
        }

        if (limits.MaxFieldCount is { } maxFields && measured.FieldCount > maxFields)
        {
            throw new GraphQLRequestException([GraphQLError.WithCode(
                $"The operation selects {measured.FieldCount} fields, which exceeds the maximum of {maxFields}.", ErrorCodes.MaxFieldsExceeded, GraphQLError.LocationsOf(operation.Definition))]);
        }

        if (limits.MaxCost is { } maxCost && measured.Cost > maxCost)
        {
            throw new GraphQLRequestException([GraphQLError.WithCode(
                $"The operation has an estimated cost of {measured.Cost}, which exceeds the maximum allowed cost of {maxCost}.", ErrorCodes.MaxCostExceeded, GraphQLError.LocationsOf(operation.Definition))]);
        }
    }

    private sealed class State(Schema schema, CompiledOperation operation, VariableValues variables, OperationLimits limits)
    {
        public int MaxDepth { get; private set; }

        public int FieldCount { get; private set; }

        /// <summary>Whether a list size came from a variable: the measure then holds for this request only.</summary>
        public bool ReadVariables { get; private set; }

        public long Visit(SelectionSetNode set, INamedType? parent, int depth, long multiplier, HashSet<string> fragments)
        {
            long cost = 0;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        cost = Saturate(cost + VisitField(field, parent, depth, multiplier, fragments));
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? schema.FindType(condition.Name.Value) : parent;
                        cost = Saturate(cost + Visit(inline.SelectionSet, inlineType, depth, multiplier, fragments));
                        break;
                    case FragmentSpreadNode spread when operation.Fragments.TryGetValue(spread.Name.Value, out var fragment) && fragments.Add(spread.Name.Value):
                        cost = Saturate(cost + Visit(fragment.SelectionSet, schema.FindType(fragment.TypeCondition.Name.Value), depth, multiplier, fragments));
                        fragments.Remove(spread.Name.Value);
                        break;
                }
            }

            return cost;
        }

        private long VisitField(FieldNode field, INamedType? parent, int depth, long multiplier, HashSet<string> fragments)
        {
            var name = field.Name.Value;
            var introspection = name.StartsWith("__", StringComparison.Ordinal);
            if (introspection && !limits.CountIntrospection)
            {
                return 0;
            }

            FieldCount++;
            MaxDepth = Math.Max(MaxDepth, depth);
            var definition = (parent as IComplexType)?.Fields.Find(name);
            if (field.SelectionSet is null)
            {
                return multiplier;
            }

            var childMultiplier = definition is not null && definition.Type.IsList() ? Saturate(multiplier * ListSize(field)) : multiplier;
            var childType = definition?.Type.NamedType();
            return Saturate(multiplier + Visit(field.SelectionSet, childType, depth + 1, childMultiplier, fragments));
        }

        private long ListSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0)
                {
                    continue;
                }

                var value = argument.Value switch
                {
                    IntValueNode i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                    VariableNode v when ReadVariable(v, out var raw) && raw is int or long => Convert.ToInt64(raw, CultureInfo.InvariantCulture),
                    _ => (long?)null,
                };
                if (value is { } size)
                {
                    return Math.Max(size, 0);
                }
            }

            return limits.DefaultListSize;
        }

        private bool ReadVariable(VariableNode variable, out object? value)
        {
            ReadVariables = true;
            return variables.TryGetValue(variable.Name.Value, out value);
        }

        private static long Saturate(long value) => value < 0 ? long.MaxValue : value;
    }
}
