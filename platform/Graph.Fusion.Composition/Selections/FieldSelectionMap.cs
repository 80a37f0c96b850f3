using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// A parsed FieldSelectionMap (Composite Schemas spec Appendix A): alternatives (<c>|</c>) of entries, each a
/// <see cref="SelectionPath"/> optionally followed by an object (<c>.{ ... }</c>) or list (<c>[ ... ]</c>) selection,
/// or a standalone object selection.
/// </summary>
internal sealed record FieldSelectionMap(IReadOnlyList<SelectedEntry> Alternatives)
{
    /// <summary>Parses the text; throws <see cref="FormatException"/> with the reason when it is not a valid FieldSelectionMap.</summary>
    public static FieldSelectionMap Parse(string text) => new FieldSelectionMapParser(text).ParseAll();

    public static bool TryParse(string text, out FieldSelectionMap? map)
    {
        try
        {
            map = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            map = null;
            return false;
        }
    }

    /// <summary>
    /// The alternatives as path sets: each set is a conjunction of field paths (one per leaf selection), each path a list
    /// of segments from the root. Alternatives of nested values multiply out.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SelectionPath>> PathSets() =>
        [.. Alternatives.SelectMany(e => e.PathSets(SelectionPath.Empty))];

    /// <summary>Every path of every alternative (for building the selection the gateway must fetch).</summary>
    public IEnumerable<SelectionPath> AllPaths() => PathSets().SelectMany(s => s);
}

/// <summary>One alternative of a <see cref="FieldSelectionMap"/>.</summary>
internal sealed record SelectedEntry(SelectionPath? Path, IReadOnlyList<SelectedObjectField>? Object, FieldSelectionMap? ListElement)
{
    public IEnumerable<IReadOnlyList<SelectionPath>> PathSets(SelectionPath prefix)
    {
        var root = Path is null ? prefix : prefix.Append(Path);
        if (Object is not null)
        {
            IEnumerable<IReadOnlyList<SelectionPath>> sets = [[]];
            foreach (var field in Object)
            {
                var fieldSets = field.Value.Alternatives.SelectMany(a => a.PathSets(root)).ToList();
                sets = sets.SelectMany(s => fieldSets.Select(f => (IReadOnlyList<SelectionPath>)[.. s, .. f])).ToList();
            }

            return sets;
        }

        if (ListElement is not null)
        {
            return ListElement.Alternatives.SelectMany(a => a.PathSets(root));
        }

        return [[root]];
    }
}

/// <summary>A field of a selected object value: <c>name: value</c> (or <c>name</c>, short for <c>name: name</c>).</summary>
internal sealed record SelectedObjectField(string Name, FieldSelectionMap Value);

/// <summary>A path segment: the field, its constant arguments, and the concrete type selected on its value (<c>&lt;Book&gt;</c>).</summary>
internal sealed record PathSegment(string? TypeCondition, string Field, IReadOnlyList<ArgumentNode> Arguments);

/// <summary>A path of fields from the root type (Appendix A "Path").</summary>
internal sealed record SelectionPath(IReadOnlyList<PathSegment> Segments)
{
    public static readonly SelectionPath Empty = new([]);

    public SelectionPath Append(SelectionPath other) => new([.. Segments, .. other.Segments]);

    public override string ToString() => string.Join(".", Segments.Select(s =>
        (s.TypeCondition is null ? string.Empty : $"<{s.TypeCondition}>") + s.Field + (s.Arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", s.Arguments.Select(a => a.Name.Value + ": " + a.Value.PrintValue())) + ")")));
}
