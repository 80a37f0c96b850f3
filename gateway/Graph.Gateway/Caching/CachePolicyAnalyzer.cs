using Graph.Language;

namespace Graph.Gateway.Caching;

/// <summary>
/// Decides an operation's <see cref="CachePolicy"/> from the execution schema's hints, by Apollo's rules: every root
/// field and every field returning an object, interface or union needs a maxAge, from its own hint or its type's
/// (<c>inheritMaxAge</c> takes the parent's; a root field has none to inherit); leaf fields inherit their parent's.
/// maxAge is the smallest found; the scope is PRIVATE when any hint says so. Fields under <c>@skip</c>/<c>@include</c>
/// count as selected. Only queries are cacheable; introspection is not. Then it adds, to every selection of an entity
/// type, its key field under the alias <c>_gwc_&lt;Type&gt;</c> (in an inline fragment for abstract types), so the
/// response names the entities it contains.
/// </summary>
public static class CachePolicyAnalyzer
{
    /// <summary>The policy of the operation <paramref name="operationName"/> (or the only one) of <paramref name="document"/>.</summary>
    public static CachePolicy Analyze(CacheHintIndex index, DocumentNode document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null)
        {
            return CachePolicy.NotCacheable("no single operation to run");
        }

        if (operation.Operation != OperationType.Query)
        {
            return CachePolicy.NotCacheable($"a {operation.Operation.ToString().ToLowerInvariant()}");
        }

        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var walk = new Walk(index, fragments);
        if (index.Find(index.QueryTypeName) is not { } query)
        {
            return CachePolicy.NotCacheable("the schema has no query type");
        }

        walk.Visit(operation.SelectionSet, query, isRoot: true, []);
        if (walk.Failure is { } failure)
        {
            return CachePolicy.NotCacheable(failure);
        }

        if (walk.MaxAge is not { } maxAge || maxAge <= 0)
        {
            return CachePolicy.NotCacheable("maxAge 0");
        }

        var tagged = new DocumentNode([.. document.Definitions.Select(d => d switch
        {
            OperationDefinitionNode o when ReferenceEquals(o, operation) => o with { SelectionSet = AddKeys(index, fragments, o.SelectionSet, query, addToThisLevel: false) },
            FragmentDefinitionNode f when index.Find(f.TypeCondition.Name.Value) is { } type => f with { SelectionSet = AddKeys(index, fragments, f.SelectionSet, type, addToThisLevel: false) },
            _ => d,
        })]);
        return new CachePolicy(true, maxAge, walk.IsPrivate, null, SyntaxPrinter.Print(tagged));
    }

    private static SelectionSetNode AddKeys(CacheHintIndex index, Dictionary<string, FragmentDefinitionNode> fragments, SelectionSetNode set, CachedType type, bool addToThisLevel)
    {
        var selections = new List<SelectionNode>(set.Selections.Count + 1);
        foreach (var selection in set.Selections)
        {
            selections.Add(selection switch
            {
                FieldNode { SelectionSet: { } child } field when type.Fields.GetValueOrDefault(field.Name.Value) is { } definition
                    && index.Find(definition.TypeName) is { } fieldType => field with { SelectionSet = AddKeys(index, fragments, child, fieldType, addToThisLevel: true) },
                InlineFragmentNode inline => inline with
                {
                    SelectionSet = AddKeys(index, fragments, inline.SelectionSet, inline.TypeCondition is { } condition ? index.Find(condition.Name.Value) ?? type : type, addToThisLevel: false),
                },
                _ => selection,
            });
        }

        if (addToThisLevel)
        {
            foreach (var possible in type.PossibleTypes)
            {
                if (index.Find(possible) is not { KeyField: { } key })
                {
                    continue;
                }

                var keyField = new FieldNode(new NameNode(CachePolicy.ReservedAliasPrefix + possible), new NameNode(key), [], [], null);
                selections.Add(type.Kind == CachedTypeKind.Object
                    ? keyField
                    : new InlineFragmentNode(new NamedTypeNode(new NameNode(possible)), [], new SelectionSetNode([keyField])));
            }
        }

        return new SelectionSetNode(selections);
    }

    private sealed class Walk(CacheHintIndex index, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        public int? MaxAge { get; private set; }

        public bool IsPrivate { get; private set; }

        public string? Failure { get; private set; }

        public void Visit(SelectionSetNode set, CachedType type, bool isRoot, HashSet<string> spreading)
        {
            foreach (var selection in set.Selections)
            {
                if (Failure is not null)
                {
                    return;
                }

                switch (selection)
                {
                    case FieldNode field:
                        VisitField(field, type, isRoot, spreading);
                        break;
                    case InlineFragmentNode inline:
                        Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? Type(condition.Name.Value) ?? type : type, isRoot, spreading);
                        break;
                    case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && spreading.Add(spread.Name.Value):
                        Visit(fragment.SelectionSet, Type(fragment.TypeCondition.Name.Value) ?? type, isRoot, spreading);
                        spreading.Remove(spread.Name.Value);
                        break;
                    case FragmentSpreadNode spread:
                        Failure = $"the fragment '{spread.Name.Value}' is unknown or cyclic";
                        break;
                }
            }
        }

        private CachedType? Type(string name)
        {
            var type = index.Find(name);
            if (type is null)
            {
                Failure = $"the type '{name}' is unknown";
            }

            return type;
        }

        private void VisitField(FieldNode field, CachedType parent, bool isRoot, HashSet<string> spreading)
        {
            var name = field.Name.Value;
            if (field.Alias?.Value.StartsWith(CachePolicy.ReservedAliasPrefix, StringComparison.Ordinal) == true)
            {
                Failure = $"the alias prefix {CachePolicy.ReservedAliasPrefix} is reserved";
                return;
            }

            if (name == "__typename")
            {
                return;
            }

            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                Failure = "introspection";
                return;
            }

            if (!parent.Fields.TryGetValue(name, out var definition))
            {
                Failure = $"{parent.Name}.{name} is unknown";
                return;
            }

            var target = index.Find(definition.TypeName);
            var fieldHint = definition.Hint;
            var typeHint = target?.Hint;
            IsPrivate |= fieldHint?.Private == true || typeHint?.Private == true;

            // The field's own maxAge, else its own inheritMaxAge, else its type's (Apollo: the field's hint wins).
            var maxAge = fieldHint?.MaxAge ?? (fieldHint?.InheritMaxAge == true ? null : typeHint?.MaxAge);
            var inherits = maxAge is null && (fieldHint?.InheritMaxAge == true || typeHint?.InheritMaxAge == true);
            if (maxAge is { } seconds)
            {
                MaxAge = MaxAge is { } current ? Math.Min(current, seconds) : seconds;
            }
            else if (isRoot)
            {
                Failure = inherits ? $"the root field {name} inherits a maxAge it has no parent to take from" : $"the root field {name} has no cache hint";
                return;
            }
            else if (target is not null && !inherits)
            {
                Failure = $"{parent.Name}.{name} returns {target.Name}, which has no cache hint";
                return;
            }

            if (target is not null && field.SelectionSet is { } child)
            {
                Visit(child, target, isRoot: false, spreading);
            }
        }
    }
}
