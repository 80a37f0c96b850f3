using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.2.4.1 Single Root Field:
/// "For each subscription operation definition {subscription} in the document: Let {selectionSet} be the top level
/// selection set on {subscription}. Let {collectedFieldsMap} be the result of
/// {CollectSubscriptionFields(subscriptionType, selectionSet)}. {collectedFieldsMap} must have exactly one entry, which
/// must not be an introspection field." CollectSubscriptionFields forbids <c>@skip</c> and <c>@include</c> on every
/// selection it visits, including those inside fragments (graphql-js 17 reports them and stops).
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    public override string Code => "SINGLE_ROOT_FIELD";

    protected internal override bool EnterOperation(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        var collector = new Collector(context, subscriptionType);
        collector.Collect(node.SelectionSet);
        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (collector.Forbidden.Count > 0)
        {
            Report(context, $"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.Forbidden);
            return true;
        }

        var groups = collector.Fields;
        if (groups.Count == 0)
        {
            Report(context, $"{subject} must select one top level field.", node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            Report(context, $"{subject} must select only one top level field.", groups.Skip(1).SelectMany(g => g.Value).ToArray());
        }

        foreach (var group in groups)
        {
            if (group.Value[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report(context, $"{subject} must not select an introspection top level field.", group.Value);
            }
        }

        return true;
    }

    /// <summary>CollectSubscriptionFields(objectType, selectionSet, visitedFragments) of spec 5.2.4.1.</summary>
    private sealed class Collector(ValidationContext context, ObjectType objectType)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, List<FieldNode>>> Fields { get; } = [];

        public List<SyntaxNode> Forbidden { get; } = [];

        public void Collect(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
            }

            foreach (var selection in selectionSet.Selections)
            {
                if (IsForbidden(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (DoesFragmentTypeApply(inline.TypeCondition))
                        {
                            Collect(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (context.GetFragment(spread.Name.Value) is { } fragment
                            && DoesFragmentTypeApply(fragment.TypeCondition)
                            && _visitedFragments.Add(spread.Name.Value))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        // "{selection} must not provide the @skip directive. {selection} must not provide the @include directive."
        private bool IsForbidden(SelectionNode selection)
        {
            var directive = FindDirective(selection, BuiltInDirectives.SkipName) ?? FindDirective(selection, BuiltInDirectives.IncludeName);
            if (directive is null)
            {
                return false;
            }

            Forbidden.Add(directive);
            return true;
        }

        private static DirectiveNode? FindDirective(SelectionNode selection, string name)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == name)
                {
                    return directive;
                }
            }

            return null;
        }

        private void Add(FieldNode field)
        {
            if (_byKey.TryGetValue(field.ResponseKey, out var fields))
            {
                fields.Add(field);
                return;
            }

            fields = [field];
            _byKey[field.ResponseKey] = fields;
            Fields.Add(new(field.ResponseKey, fields));
        }

        // DoesFragmentTypeApply(objectType, fragmentType) of spec 6.3.2.
        private bool DoesFragmentTypeApply(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var type = context.Schema.FindType(typeCondition.Name.Value);
            if (TypeComparators.SameNamedType(type, objectType))
            {
                return true;
            }

            return type is not null && type.IsAbstractType() && context.Schema.IsSubType(type, objectType);
        }
    }
}
