using Graph.Language;

namespace Graph.Fusion.Composition.Rules.Satisfiability;

/// <summary>
/// Composite Schemas spec 4.5.1 "Unsatisfiable Query Path" (<c>UNSATISFIABLE_QUERY_PATH</c>): every field reachable from
/// the root types can be resolved. Instead of enumerating every path (exponential), it walks states (type, the set of
/// source schemas that can hold the parent) with the spec's RefinePlanOptions step: a field is resolvable from a state
/// when a source schema resolves it and is that schema or reachable from it through a <c>@lookup</c> whose key the
/// gateway can supply (IsReachable), with its <c>@require</c> arguments satisfiable from other schemas (ResolveRequirements).
/// </summary>
internal sealed class UnsatisfiableQueryPathRule : ICompositionRule
{
    public void Validate(CompositionContext context) => new Walk(context).Run();

    private sealed class Walk(CompositionContext context)
    {
        private readonly MergedSchema _merged = context.Merged!;
        private readonly Dictionary<(string Source, string Target, string Type), bool> _reachable = [];
        private readonly HashSet<(string Source, string Target, string Type)> _inProgress = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private int _depth;

        public void Run()
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var work = new Queue<(string Type, IReadOnlyList<string> Options, string Path)>();
            foreach (var root in new[] { "Query", "Mutation", "Subscription" })
            {
                if (_merged.Type(root) is not { } rootType)
                {
                    continue;
                }

                foreach (var field in rootType.Fields.Where(f => !f.Inaccessible))
                {
                    var options = context.Schemas.Where(s => Resolves(s, root, field.Name)).Select(s => s.Name).ToList();
                    if (options.Count == 0)
                    {
                        Report(root, field.Name, $"{root}.{field.Name}", "no source schema resolves it");
                        continue;
                    }

                    Next(field, options, $"{root}.{field.Name}", work);
                }
            }

            while (work.Count > 0)
            {
                var (typeName, options, path) = work.Dequeue();
                if (!visited.Add(typeName + "|" + string.Join(",", options)) || _merged.Type(typeName) is not { } type)
                {
                    continue;
                }

                foreach (var field in type.Fields.Where(f => !f.Inaccessible))
                {
                    var next = Refine(typeName, field.Name, options, context.Schemas);
                    if (next.Count == 0)
                    {
                        var resolvers = context.Schemas.Where(s => Resolves(s, typeName, field.Name)).Select(s => s.Name).ToList();
                        var reason = resolvers.Count == 0
                            ? "no source schema resolves it"
                            : $"it is resolved by {SyntaxFacts.Quote(resolvers)}, which cannot be reached from {SyntaxFacts.Quote(options)} (no @lookup for '{typeName}' whose key those schemas can supply, or unsatisfiable @require)";
                        Report(typeName, field.Name, $"{path}.{field.Name}", reason);
                        continue;
                    }

                    Next(field, next, $"{path}.{field.Name}", work);
                }
            }
        }

        private void Next(MergedField field, IReadOnlyList<string> options, string path, Queue<(string, IReadOnlyList<string>, string)> work)
        {
            foreach (var possible in PossibleTypes(field.Type.NamedType()))
            {
                work.Enqueue((possible, options, path));
            }
        }

        private IEnumerable<string> PossibleTypes(string name) => _merged.Type(name) switch
        {
            { Kind: MergedKind.Object } => [name],
            { Kind: MergedKind.Union } union => union.Related.Select(r => r.Name),
            { Kind: MergedKind.Interface } => _merged.Types.Values.Where(t => t.Kind == MergedKind.Object && t.Related.Exists(r => r.Name == name)).Select(t => t.Name),
            _ => [],
        };

        private void Report(string type, string field, string path, string reason)
        {
            if (_reported.Add($"{type}.{field}"))
            {
                var schemas = context.Schemas.Where(s => s.Type(type) is not null).Select(s => s.Name);
                context.Report("UNSATISFIABLE_QUERY_PATH", $"The field '{type}.{field}' on the path '{path}' cannot be resolved: {reason}.", schemas);
            }
        }

        private static bool Resolves(SourceSchema schema, string type, string field) =>
            schema.Type(type) is { } t && !t.IsInternal() && t.Field(field) is { } f && !f.IsExternal() && !f.IsInternal();

        /// <summary>The spec's RefinePlanOptions for one path element.</summary>
        private List<string> Refine(string type, string field, IReadOnlyList<string> options, IEnumerable<SourceSchema> candidates)
        {
            var next = new List<string>();
            foreach (var candidate in candidates.Where(c => Resolves(c, type, field)))
            {
                if (options.Any(current => (current == candidate.Name || IsReachable(current, candidate.Name, type)) && Requirements(current, candidate, type, field)))
                {
                    next.Add(candidate.Name);
                }
            }

            return next;
        }

        /// <summary>The spec's IsReachable: the target has a lookup for the type whose key paths resolve from the source.</summary>
        private bool IsReachable(string source, string target, string type)
        {
            var key = (source, target, type);
            if (_reachable.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!_inProgress.Add(key))
            {
                return false;
            }

            var result = Lookups(type).Where(l => l.Schema == target)
                .Any(lookup => LookupPathSets(lookup).Any(set => set.All(path => PathResolvable(path, type, source, context.Schemas))));
            _inProgress.Remove(key);
            _reachable[key] = result;
            return result;
        }

        private IEnumerable<MergedLookup> Lookups(string type)
        {
            var own = _merged.Type(type)?.Lookups ?? [];
            var abstractLookups = _merged.Types.Values
                .Where(t => t.Kind is MergedKind.Interface or MergedKind.Union && PossibleTypes(t.Name).Contains(type))
                .SelectMany(t => t.Lookups);
            return own.Concat(abstractLookups);
        }

        private static IEnumerable<IReadOnlyList<SelectionPath>> LookupPathSets(MergedLookup lookup)
        {
            IEnumerable<IReadOnlyList<SelectionPath>> sets = [[]];
            foreach (var map in lookup.Map)
            {
                if (!FieldSelectionMap.TryParse(map, out var parsed))
                {
                    return [];
                }

                var alternatives = parsed!.PathSets();
                sets = sets.SelectMany(s => alternatives.Select(a => (IReadOnlyList<SelectionPath>)[.. s, .. a])).ToList();
            }

            return sets;
        }

        /// <summary>The spec's ResolveRequirements: each <c>@require</c> argument resolves from schemas other than the target.</summary>
        private bool Requirements(string source, SourceSchema target, string type, string field)
        {
            var definition = target.Type(type)!.Field(field)!;
            var allowed = context.Schemas.Where(s => s != target).ToList();
            foreach (var argument in definition.Arguments)
            {
                if (argument.Directive("require")?.StringArgument("field") is not { } text)
                {
                    continue;
                }

                if (!FieldSelectionMap.TryParse(text, out var map) || !map!.PathSets().Any(set => set.All(path => PathResolvable(path, type, source, allowed))))
                {
                    return false;
                }
            }

            return true;
        }

        private bool PathResolvable(SelectionPath path, string type, string source, IReadOnlyList<SourceSchema> allowed)
        {
            // Requirements may chain through other requirements; a chain deeper than this is treated as unresolvable.
            if (_depth > 16)
            {
                return false;
            }

            _depth++;
            try
            {
                return Resolve(path, type, source, allowed);
            }
            finally
            {
                _depth--;
            }
        }

        private bool Resolve(SelectionPath path, string type, string source, IReadOnlyList<SourceSchema> allowed)
        {
            IReadOnlyList<string> options = [source];
            foreach (var segment in path.Segments)
            {
                type = segment.TypeCondition ?? type;
                var next = Refine(type, segment.Field, options, allowed);
                if (next.Count == 0)
                {
                    return false;
                }

                options = next;
                var resolver = allowed.First(s => s.Name == next[0]);
                type = resolver.Type(type)!.Field(segment.Field)!.Type.NamedType();
            }

            return true;
        }
    }
}
