using Graph.Language;
using Graph.Types;

namespace Graph.Execution;

/// <summary>
/// An operation ready to execute: its definition, the document's fragments, its root type and, when no
/// <c>@skip</c>/<c>@include</c> depends on a variable, the collected field plan shared by every request
/// (spec 6.3.2 CollectFields results do not change between requests then).
/// </summary>
public sealed class CompiledOperation
{
    private FieldSelection[]? _sharedRootFields;

    internal CompiledOperation(DocumentNode document, OperationDefinitionNode definition, ObjectType rootType)
    {
        Document = document;
        Definition = definition;
        RootType = rootType;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definitionNode in document.Definitions)
        {
            if (definitionNode is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        HasVariableConditions = ConditionScanner.HasVariableConditions(definition.SelectionSet, fragments);
    }

    public DocumentNode Document { get; }

    /// <summary>The operation's complexity when its measure reads no variable (<see cref="Processing.OperationComplexityAnalyzer"/>).</summary>
    internal Processing.MeasuredComplexity? MeasuredComplexity { get; set; }

    public OperationDefinitionNode Definition { get; }

    public OperationType OperationType => Definition.Operation;

    public string? Name => Definition.Name?.Value;

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>True when some <c>@skip</c> or <c>@include</c> reads a variable, so field plans are built per request.</summary>
    public bool HasVariableConditions { get; }

    internal FieldSelection[] GetRootFields(FieldCollector collector)
    {
        if (HasVariableConditions)
        {
            return collector.CollectRootFields(this);
        }

        return _sharedRootFields ??= collector.CollectRootFields(this);
    }

    /// <summary>GetOperation(document, operationName) (spec 6.1); throws a request error when it cannot choose.</summary>
    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            throw new GraphQLRequestException([GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound)]);
        }

        return count switch
        {
            0 => throw new GraphQLRequestException([GraphQLError.WithCode("Must provide an operation.", ErrorCodes.OperationNotFound)]),
            1 => found!,
            _ => throw new GraphQLRequestException([GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound)]),
        };
    }

    /// <summary>Chooses the operation and its root type (spec 6.2: the schema must support the operation type).</summary>
    public static CompiledOperation Compile(Schema schema, DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var operation = GetOperation(document, operationName);
        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLRequestException([new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.", GraphQLError.LocationsOf(operation))]);
        return new CompiledOperation(document, operation, rootType);
    }

    private static class ConditionScanner
    {
        public static bool HasVariableConditions(SelectionSetNode root, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<SelectionSetNode>();
            stack.Push(root);
            while (stack.TryPop(out var set))
            {
                foreach (var selection in set.Selections)
                {
                    foreach (var directive in selection.Directives)
                    {
                        if (directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is VariableNode))
                        {
                            return true;
                        }
                    }

                    switch (selection)
                    {
                        case FieldNode { SelectionSet: { } child }:
                            stack.Push(child);
                            break;
                        case InlineFragmentNode inline:
                            stack.Push(inline.SelectionSet);
                            break;
                        case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                            stack.Push(fragment.SelectionSet);
                            break;
                    }
                }
            }

            return false;
        }
    }
}
