using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// What the rules of one validation run share: the schema and document, the <see cref="TypeInfo"/> of the current
/// position, fragment lookup, and the variable usages of each operation (own and through fragments) computed once.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js's budget for fragment traversal work; beyond it validation stops with "Validation aborted."
    private const int FragmentWorkBudget = 50_000;

    private readonly List<ValidationError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;
    private (ValueNode Value, IType Type, IReadOnlyList<LiteralProblem> Problems)? _lastLiteralCheck;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<ValidationError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        HideSuggestions = options.HideSuggestions;
        _maxErrors = options.MaxErrors;
        _errors = errors;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public bool HideSuggestions { get; }

    /// <summary>The node that contains the node being visited (for a directive: the node it is applied to).</summary>
    public SyntaxNode? Parent { get; internal set; }

    public int ErrorCount => _errors.Count;

    /// <summary>Adds an error; past the error limit validation stops (graphql-js's <c>maxErrors</c>).</summary>
    public void ReportError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationStoppedException(ValidationStoppedException.TooManyErrors);
        }

        _errors.Add(error);
    }

    /// <summary>Spends fragment traversal work; past graphql-js's budget of 50,000 validation stops with "Validation aborted.".</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationStoppedException(ValidationStoppedException.Aborted);
        }
    }

    /// <summary>The fragment definition named <paramref name="name"/> (the last one when the name is repeated, as graphql-js).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside <paramref name="selectionSet"/>, in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation spreads, directly or through other fragments (each once).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_referencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _referencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment reachable from any of <paramref name="operations"/>.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>The variable usages written inside one operation or fragment (not through spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_usages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(Schema);
            DocumentWalker.Walk(definition, collector);
            usages = collector.Usages;
            _usages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variable usages of an operation, including those of every fragment it spreads transitively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_recursiveUsages.TryGetValue(operation, out var usages))
        {
            var fragments = GetRecursivelyReferencedFragments(operation);
            SpendFragmentWork(fragments.Count);
            usages = [.. GetVariableUsages(operation)];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                usages.AddRange(local);
            }

            _recursiveUsages[operation] = usages;
        }

        return usages;
    }

    /// <summary>
    /// The problems of a literal in a position of <paramref name="type"/>, computed once for the three rules of spec
    /// 5.6 that report them (they run one after another on the same value).
    /// </summary>
    internal IReadOnlyList<LiteralProblem> CheckLiteral(ValueNode value, IType type)
    {
        if (_lastLiteralCheck is { } last && ReferenceEquals(last.Value, value) && ReferenceEquals(last.Type, type))
        {
            return last.Problems;
        }

        var problems = InputLiteralChecker.Check(value, type, HideSuggestions);
        _lastLiteralCheck = (value, type, problems);
        return problems;
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }
}
