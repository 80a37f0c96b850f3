using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// Finds every <c>@lookup</c> field (on the query type, or nested under argument-less query fields) of every source schema
/// and records it on the entity type it returns (or on the abstract type and its possible types) as a <see cref="MergedLookup"/>.
/// </summary>
internal static class LookupCollector
{
    public static void Collect(CompositionContext context, MergedSchema merged)
    {
        foreach (var schema in context.Schemas)
        {
            if (schema.QueryTypeName is not { } queryName || schema.Type(queryName) is not { } query)
            {
                continue;
            }

            foreach (var field in query.Fields())
            {
                if (field.IsLookup())
                {
                    Add(schema, field, null, merged);
                }
                else if (field.Arguments.Count == 0 && schema.Type(field.Type.NamedType()) is ObjectTypeDefinitionNode nested && nested.Name.Value != queryName)
                {
                    foreach (var lookup in nested.Fields.Where(f => f.IsLookup()))
                    {
                        Add(schema, lookup, field.Name.Value, merged);
                    }
                }
            }
        }
    }

    private static void Add(SourceSchema schema, FieldDefinitionNode field, string? path, MergedSchema merged)
    {
        if (field.Arguments.Count == 0 || merged.Type(field.Type.NamedType()) is not { } target)
        {
            return;
        }

        var maps = field.Arguments.Select(a => a.Directive("is")?.StringArgument("field") ?? a.Name.Value).ToList();
        var paths = new List<SelectionPath>();
        foreach (var map in maps)
        {
            if (!FieldSelectionMap.TryParse(map, out var parsed))
            {
                return;
            }

            paths.AddRange(parsed!.AllPaths());
        }

        target.Lookups.Add(new MergedLookup(schema.Name, SelectionText.FromPaths(paths), FieldDefinitionText.Print(field), maps, path, field.IsInternal()));
    }
}
