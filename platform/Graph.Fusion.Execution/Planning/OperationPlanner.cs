using Graph.Execution;
using Graph.Fusion.Execution.Normalization;
using Graph.Language;

namespace Graph.Fusion.Execution.Planning;

/// <summary>
/// Plans a normalized operation over the source schemas: root fields go to their owning schema (queries grouped per
/// schema and run in parallel, mutation fields in order, spec 6.2.2); below the root each field stays in the current
/// schema when it can resolve it (or a parent's <c>provides</c> covers it), else it moves to a lookup fetch on a schema
/// that resolves it, with the lookup's key added to the parent fetch; <c>@require</c>d fields get their own lookup
/// fetch that waits for the requirements. Planner-added fields carry the alias prefix <see cref="InternalPrefix"/>.
/// </summary>
public sealed class OperationPlanner(FusionSchema schema)
{
    /// <summary>The alias prefix of every field the planner adds (keys, requirements, <c>__typename</c>).</summary>
    public const string InternalPrefix = "__fusion_";

    internal const string TypenameAlias = InternalPrefix + "typename";
    internal const string LookupAlias = InternalPrefix + "lookup";

    public QueryPlan Plan(NormalizedOperation operation) => new Run(schema, operation).Build();

    private sealed class Run(FusionSchema schema, NormalizedOperation operation)
    {
        private readonly List<FetchBuilder> _fetches = [];
        private readonly HashSet<string> _resolvingKeys = new(StringComparer.Ordinal);
        private bool _hasIntrospection;

        public QueryPlan Build()
        {
            var rootName = schema.GetRootTypeName(operation.OperationType)
                ?? throw Unsatisfiable($"The schema has no {operation.OperationType.ToKeyword()} type.");
            var root = schema.GetType(rootName);
            var groups = PartitionRoot(root, operation.Definition.SelectionSet.Selections);
            var previous = new List<int>();
            foreach (var (owner, selections) in groups)
            {
                var kind = operation.OperationType;
                var fetch = NewFetch(owner, kind, [], null, null);
                if (kind == OperationType.Mutation)
                {
                    // Spec 6.2.2: mutation root fields run serially; the next group waits for everything before it.
                    fetch.Dependencies.UnionWith(previous);
                }

                var start = _fetches.Count - 1;
                fetch.ResponseKeys.AddRange(TopLevelKeys(selections));
                PlanLevel(fetch, fetch.Selection, owner, root, selections, [], null, null, []);
                previous = _fetches.Skip(start).Select(f => f.Id).ToList();
            }

            var nodes = _fetches.Select(Freeze).ToArray();
            return new QueryPlan(operation, nodes, _hasIntrospection);
        }

        private FetchBuilder NewFetch(string owner, OperationType kind, List<string> path, string? typeCondition, FusionLookup? lookup)
        {
            var fetch = new FetchBuilder(_fetches.Count + 1, owner, kind) { Path = path, TypeCondition = typeCondition, Lookup = lookup };
            _fetches.Add(fetch);
            return fetch;
        }

        /// <summary>Groups root selections by owning schema, keeping order; consecutive fields of one schema share a group.</summary>
        private List<(string Owner, List<SelectionNode> Selections)> PartitionRoot(FusionType root, IReadOnlyList<SelectionNode> selections)
        {
            var groups = new List<(string Owner, List<SelectionNode> Selections)>();
            void Add(string owner, SelectionNode selection)
            {
                var sequential = operation.OperationType != OperationType.Query;
                var index = sequential
                    ? (groups.Count > 0 && groups[^1].Owner == owner ? groups.Count - 1 : -1)
                    : groups.FindIndex(g => g.Owner == owner);
                if (index < 0)
                {
                    groups.Add((owner, []));
                    index = groups.Count - 1;
                }

                groups[index].Selections.Add(selection);
            }

            foreach (var selection in selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__schema" or "__type" }:
                        _hasIntrospection = true;
                        break;
                    case FieldNode { Name.Value: "__typename" }:
                        break;
                    case FieldNode field:
                        Add(OwnerOf(root, field), field);
                        break;
                    case InlineFragmentNode fragment:
                        foreach (var (owner, inner) in PartitionRoot(root, fragment.SelectionSet.Selections))
                        {
                            Add(owner, fragment with { SelectionSet = new SelectionSetNode(inner) });
                        }

                        break;
                }
            }

            return groups;
        }

        private static string OwnerOf(FusionType root, FieldNode field)
        {
            if (!root.Fields.TryGetValue(field.Name.Value, out var definition) || definition.Sources.Count == 0)
            {
                throw Unsatisfiable($"No source schema resolves {root.Name}.{field.Name.Value}.");
            }

            return (definition.Sources.FirstOrDefault(s => !s.Partial) ?? definition.Sources[0]).Schema;
        }

        /// <summary>
        /// Plans <paramref name="selections"/> on <paramref name="type"/> inside <paramref name="fetch"/> (source schema
        /// <paramref name="source"/>); fields the schema cannot resolve are moved to lookup fetches.
        /// </summary>
        private void PlanLevel(
            FetchBuilder fetch, SelectionTree target, string source, FusionType type, IReadOnlyList<SelectionNode> selections,
            List<string> path, SelectionSetNode? provided, string? typeCondition, IReadOnlyList<DirectiveNode> inherited)
        {
            var lookups = new List<(string Schema, List<FieldNode> Fields)>();
            var required = new List<(FieldNode Field, FieldRequirement Requirement)>();
            foreach (var selection in selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__typename" } typename:
                        if (typename.Alias is null || !typename.Alias.Value.StartsWith(InternalPrefix, StringComparison.Ordinal))
                        {
                            break; // the result shaping writes the client's __typename from the concrete type
                        }

                        target.AddField(typename, false);
                        break;
                    case FieldNode field:
                        PlanField(fetch, target, source, type, field, path, provided, typeCondition, inherited, lookups, required);
                        break;
                    case InlineFragmentNode fragment:
                        PlanFragment(fetch, target, source, type, fragment, path, provided, typeCondition, inherited);
                        break;
                }
            }

            foreach (var (lookupSchema, fields) in lookups)
            {
                var child = NewLookupWithKeys(fetch, target, source, type, lookupSchema, path, provided, typeCondition);
                child.ResponseKeys.AddRange(fields.Select(f => f.ResponseKey));
                PlanLevel(child, child.Selection, lookupSchema, type, fields, path, null, null, []);
            }

            foreach (var (field, requirement) in required)
            {
                PlanRequirement(fetch, target, source, type, field, requirement, path, provided, typeCondition);
            }
        }

        private void PlanField(
            FetchBuilder fetch, SelectionTree target, string source, FusionType type, FieldNode field, List<string> path,
            SelectionSetNode? provided, string? typeCondition, IReadOnlyList<DirectiveNode> inherited,
            List<(string Schema, List<FieldNode> Fields)> lookups, List<(FieldNode, FieldRequirement)> required)
        {
            if (!type.Fields.TryGetValue(field.Name.Value, out var definition))
            {
                throw Unsatisfiable($"{type.Name} has no field '{field.Name.Value}'.");
            }

            var withInherited = inherited.Count == 0 ? field : field with { Directives = [.. field.Directives, .. inherited] };
            if (CanResolve(definition, source, provided) && definition.RequirementIn(source) is null)
            {
                AddResolvedField(fetch, target, source, definition, field, path, provided);
                return;
            }

            if (type.Kind == FusionTypeKind.Interface)
            {
                // The interface field is not resolvable here as such: ask each possible type of this schema.
                foreach (var possible in schema.GetPossibleTypes(type.Name, source))
                {
                    var fragment = target.AddInlineFragment(possible.Name, []);
                    PlanLevel(fetch, fragment, source, possible, [field], path, provided, possible.Name, inherited);
                }

                EnsureTypename(target);
                return;
            }

            var existing = lookups.FindIndex(l => definition.SourceIn(l.Schema) is { Partial: false } && definition.RequirementIn(l.Schema) is null);
            if (existing >= 0)
            {
                lookups[existing].Fields.Add(withInherited);
                return;
            }

            // Prefer a schema that resolves the field without requirements; a @require field waits for its requirements.
            var target2 = definition.Sources.FirstOrDefault(s => !s.Partial && definition.RequirementIn(s.Schema) is null && ChooseLookup(type, s.Schema, source, provided) is not null)
                ?? definition.Sources.FirstOrDefault(s => !s.Partial && definition.RequirementIn(s.Schema) is null
                    && type.Lookups.Any(l => l.Schema == s.Schema) && !_resolvingKeys.Contains(type.Name + "@" + s.Schema));
            if (target2 is null)
            {
                var requiring = definition.Sources.Where(s => !s.Partial).Select(s => definition.RequirementIn(s.Schema)).FirstOrDefault(r => r is not null)
                    ?? throw Unsatisfiable($"No source schema can resolve {type.Name}.{field.Name.Value} from '{source}' (no lookup with a key '{source}' provides).");
                required.Add((withInherited, requiring));
                return;
            }

            lookups.Add((target2.Schema, [withInherited]));
        }

        private void AddResolvedField(FetchBuilder fetch, SelectionTree target, string source, FusionField definition, FieldNode field, List<string> path, SelectionSetNode? provided)
        {
            var sourceField = definition.SourceIn(source)!;
            var alias = field.Alias ?? (sourceField.SourceName != field.Name.Value ? new NameNode(field.Name.Value) : null);
            var syntax = new FieldNode(alias, new NameNode(sourceField.SourceName), field.Arguments, field.Directives, null);
            var namedType = schema.TryGetType(definition.NamedTypeName, out var fieldType) ? fieldType : null;
            var composite = namedType is { IsComposite: true };
            var child = target.AddField(syntax, composite);
            if (!composite || field.SelectionSet is null)
            {
                return;
            }

            if (namedType!.IsAbstract)
            {
                EnsureTypename(child!);
            }

            var childProvided = provided?.Selections.OfType<FieldNode>().FirstOrDefault(f => f.Name.Value == field.Name.Value)?.SelectionSet ?? sourceField.Provides;
            PlanLevel(fetch, child!, source, namedType, field.SelectionSet.Selections, [.. path, field.ResponseKey], childProvided, null, []);
        }

        private void PlanFragment(
            FetchBuilder fetch, SelectionTree target, string source, FusionType type, InlineFragmentNode fragment, List<string> path,
            SelectionSetNode? provided, string? typeCondition, IReadOnlyList<DirectiveNode> inherited)
        {
            var conditionName = fragment.TypeCondition?.Name.Value;
            if (conditionName is null || conditionName == type.Name)
            {
                var inner = target.AddInlineFragment(null, fragment.Directives);
                PlanLevel(fetch, inner, source, type, fragment.SelectionSet.Selections, path, provided, typeCondition, [.. inherited, .. fragment.Directives]);
                return;
            }

            var condition = schema.GetType(conditionName);
            if (!condition.ExistsIn(source) && condition.Schemas.Count > 0)
            {
                return; // objects this schema returns are never of this type
            }

            var child = target.AddInlineFragment(conditionName, fragment.Directives);
            EnsureTypename(target);
            PlanLevel(fetch, child, source, condition, fragment.SelectionSet.Selections, path, provided,
                condition.Kind == FusionTypeKind.Object ? conditionName : typeCondition, [.. inherited, .. fragment.Directives]);
        }

        private static void EnsureTypename(SelectionTree tree) =>
            tree.AddField(new FieldNode(new NameNode(TypenameAlias), new NameNode("__typename"), [], [], null), false);

        private static bool CanResolve(FusionField field, string source, SelectionSetNode? provided)
        {
            var sourceField = field.SourceIn(source);
            if (sourceField is null)
            {
                return false;
            }

            return !sourceField.Partial || (provided?.Selections.OfType<FieldNode>().Any(f => f.Name.Value == field.Name) ?? false);
        }

        /// <summary>A lookup of <paramref name="type"/> in <paramref name="target"/> whose key fields <paramref name="source"/> resolves.</summary>
        private static FusionLookup? ChooseLookup(FusionType type, string target, string source, SelectionSetNode? provided) =>
            type.Lookups
                .Where(l => l.Schema == target)
                .OrderBy(l => l.Path.Count)
                .FirstOrDefault(l => l.Key.Selections.OfType<FieldNode>().All(k =>
                    type.Fields.TryGetValue(k.Name.Value, out var keyField) && CanResolve(keyField, source, provided)));

        /// <summary>
        /// A lookup fetch of <paramref name="type"/> in <paramref name="lookupSchema"/>. When <paramref name="source"/>
        /// cannot provide any of its lookups' keys, the key fields are planned first as internal fields (through other
        /// lookups, e.g. <c>sku</c> from the catalog before a lookup by <c>sku</c>), and the fetch waits for them.
        /// </summary>
        private FetchBuilder NewLookupWithKeys(
            FetchBuilder parent, SelectionTree target, string source, FusionType type, string lookupSchema, List<string> path,
            SelectionSetNode? provided, string? typeCondition)
        {
            if (ChooseLookup(type, lookupSchema, source, provided) is { } direct)
            {
                return NewLookupFetch(parent, target, source, type, direct, path, typeCondition);
            }

            var lookup = type.Lookups.Where(l => l.Schema == lookupSchema).OrderBy(l => l.Path.Count).FirstOrDefault();
            var guard = type.Name + "@" + lookupSchema;
            if (lookup is null || !_resolvingKeys.Add(guard))
            {
                throw Unsatisfiable($"{type.Name} has no lookup in '{lookupSchema}' whose key can be obtained from '{source}'.");
            }

            try
            {
                var keyFields = lookup.Key.Selections.OfType<FieldNode>()
                    .Select(k => k with { Alias = new NameNode(InternalPrefix + k.Name.Value) })
                    .ToArray<SelectionNode>();
                var before = _fetches.Count;
                PlanLevel(parent, target, source, type, keyFields, path, provided, typeCondition, []);
                var keyFetches = _fetches.Skip(before).Where(f => f.Path.SequenceEqual(path)).Select(f => f.Id).ToArray();
                var child = NewLookupFetch(parent, target, source, type, lookup, path, typeCondition, addKeys: false);
                child.Dependencies.UnionWith(keyFetches);
                return child;
            }
            finally
            {
                _resolvingKeys.Remove(guard);
            }
        }

        private FetchBuilder NewLookupFetch(FetchBuilder parent, SelectionTree target, string source, FusionType type, FusionLookup lookup, List<string> path, string? typeCondition, bool addKeys = true)
        {
            if (addKeys)
            {
                AddKeyFields(target, lookup.Key);
            }

            var child = NewFetch(lookup.Schema, OperationType.Query, path, typeCondition, lookup);
            child.Dependencies.Add(parent.Id);
            for (var i = 0; i < lookup.Field.Arguments.Count; i++)
            {
                var argument = lookup.Field.Arguments[i];
                var variable = $"{InternalPrefix}{child.Id}_{argument.Name.Value}";
                child.LookupArguments.Add((argument.Name.Value, variable));
                child.InternalVariables.Add((variable, argument.Type));
                var map = i < lookup.Map.Count ? lookup.Map[i] : argument.Name.Value;
                child.Requirements.Add(new RequirementExport(variable, map, argument.Type.Print(false)));
            }

            return child;
        }

        /// <summary>Adds the key (or requirement) fields under internal aliases, so they never collide with the client's keys.</summary>
        private static void AddKeyFields(SelectionTree target, SelectionSetNode key)
        {
            foreach (var selection in key.Selections.OfType<FieldNode>())
            {
                var aliased = new FieldNode(new NameNode(InternalPrefix + selection.Name.Value), selection.Name, selection.Arguments, [], null);
                var child = target.AddField(aliased, selection.SelectionSet is not null);
                if (child is not null)
                {
                    AddPlain(child, selection.SelectionSet!);
                }
            }
        }

        private static void AddPlain(SelectionTree tree, SelectionSetNode set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var child = tree.AddField(field, field.SelectionSet is not null);
                        if (child is not null)
                        {
                            AddPlain(child, field.SelectionSet!);
                        }

                        break;
                    case InlineFragmentNode fragment:
                        AddPlain(tree.AddInlineFragment(fragment.TypeCondition?.Name.Value, fragment.Directives), fragment.SelectionSet);
                        break;
                }
            }
        }

        /// <summary>
        /// A field with <c>@require</c> arguments in <paramref name="requirement"/>'s schema: its requirements are planned on
        /// this level as internal fields (possibly through other lookups), then a lookup fetch in that schema waits for them.
        /// </summary>
        private void PlanRequirement(
            FetchBuilder fetch, SelectionTree target, string source, FusionType type, FieldNode field, FieldRequirement requirement,
            List<string> path, SelectionSetNode? provided, string? typeCondition)
        {
            var internalFields = requirement.Requirements.Selections.OfType<FieldNode>()
                .Select(r => r with { Alias = new NameNode(InternalPrefix + r.Name.Value) })
                .ToArray<SelectionNode>();
            var before = _fetches.Count;
            PlanLevel(fetch, target, source, type, internalFields, path, provided, typeCondition, []);
            var requirementFetches = _fetches.Skip(before).Where(f => f.Path.SequenceEqual(path)).Select(f => f.Id).ToArray();

            var child = NewLookupWithKeys(fetch, target, source, type, requirement.Schema, path, provided, typeCondition);
            child.Dependencies.UnionWith(requirementFetches);
            child.ResponseKeys.Add(field.ResponseKey);

            var arguments = new List<ArgumentNode>();
            for (var i = 0; i < requirement.Field.Arguments.Count; i++)
            {
                var argument = requirement.Field.Arguments[i];
                var map = i < requirement.Map.Count ? requirement.Map[i] : null;
                if (map is null)
                {
                    if (field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name.Value) is { } passed)
                    {
                        arguments.Add(passed);
                    }

                    continue;
                }

                var variable = $"{InternalPrefix}{child.Id}_{argument.Name.Value}";
                child.InternalVariables.Add((variable, argument.Type));
                child.Requirements.Add(new RequirementExport(variable, map, argument.Type.Print(false)));
                arguments.Add(new ArgumentNode(argument.Name, new VariableNode(new NameNode(variable))));
            }

            var definition = type.Fields[field.Name.Value];
            var sourceField = definition.SourceIn(requirement.Schema)!;
            var rewritten = new FieldNode(field.Alias ?? (sourceField.SourceName != field.Name.Value ? new NameNode(field.Name.Value) : null),
                new NameNode(sourceField.SourceName), arguments, field.Directives, null);
            var namedType = schema.TryGetType(definition.NamedTypeName, out var fieldType) ? fieldType : null;
            var composite = namedType is { IsComposite: true };
            var sub = child.Selection.AddField(rewritten, composite);
            if (composite && field.SelectionSet is not null)
            {
                if (namedType!.IsAbstract)
                {
                    EnsureTypename(sub!);
                }

                PlanLevel(child, sub!, requirement.Schema, namedType, field.SelectionSet.Selections, [.. path, field.ResponseKey], sourceField.Provides, null, []);
            }

        }

        private static IEnumerable<string> TopLevelKeys(IEnumerable<SelectionNode> selections) =>
            selections.SelectMany(s => s switch
            {
                FieldNode f => [f.ResponseKey],
                InlineFragmentNode i => TopLevelKeys(i.SelectionSet.Selections),
                _ => [],
            }).Distinct();

        private PlanNode Freeze(FetchBuilder fetch)
        {
            var selection = fetch.Selection.ToSyntax();
            var sourcePath = new List<string>();
            if (fetch.Lookup is { } lookup)
            {
                var lookupField = new FieldNode(
                    new NameNode(LookupAlias), lookup.Field.Name,
                    fetch.LookupArguments.Select(a => new ArgumentNode(new NameNode(a.Argument), new VariableNode(new NameNode(a.Variable)))).ToArray(),
                    [], selection);
                selection = new SelectionSetNode([lookupField]);
                for (var i = lookup.Path.Count - 1; i >= 0; i--)
                {
                    selection = new SelectionSetNode([new FieldNode(null, new NameNode(lookup.Path[i]), [], [], selection)]);
                }

                sourcePath.AddRange(lookup.Path);
                sourcePath.Add(LookupAlias);
            }

            var used = VariableCollector.Collect(selection);
            var forwarded = operation.Definition.VariableDefinitions.Where(v => used.Contains(v.Variable.Name.Value)).ToArray();
            var declarations = fetch.InternalVariables
                .Select(v => new VariableDefinitionNode(new VariableNode(new NameNode(v.Name)), v.Type, null, []))
                .Concat(forwarded)
                .ToArray();
            var name = (operation.Definition.Name?.Value ?? "Operation") + "_" + fetch.Id;
            var document = new OperationDefinitionNode(fetch.OperationType, new NameNode(name), declarations, [], selection);
            var kind = fetch.OperationType == OperationType.Subscription ? PlanNodeKind.Subscription : PlanNodeKind.Operation;
            return new PlanNode(
                fetch.Id, kind, fetch.Schema, fetch.OperationType, SyntaxPrinter.Print(document), fetch.Path, fetch.TypeCondition, sourcePath,
                fetch.Requirements.ToArray(), forwarded.Select(v => v.Variable.Name.Value).ToArray(), fetch.Dependencies.ToArray(), fetch.ResponseKeys.ToArray());
        }

        private static GraphQLRequestException Unsatisfiable(string message) =>
            new([GraphQLError.WithCode(message, FusionErrorCodes.QueryPlanningFailed)]);
    }
}
