namespace Graph.Language;

/// <summary>Prints schema coordinates (spec 2.13), which never contain ignored tokens.</summary>
internal static class SchemaCoordinatePrinter
{
    public static string Print(SchemaCoordinateNode node) => node switch
    {
        TypeCoordinateNode n => n.Name.Value,
        MemberCoordinateNode n => $"{n.Name.Value}.{n.MemberName.Value}",
        ArgumentCoordinateNode n => $"{n.Name.Value}.{n.FieldName.Value}({n.ArgumentName.Value}:)",
        DirectiveCoordinateNode n => $"@{n.Name.Value}",
        DirectiveArgumentCoordinateNode n => $"@{n.Name.Value}({n.ArgumentName.Value}:)",
        _ => throw new ArgumentException($"Unknown schema coordinate {node.GetType().Name}.", nameof(node)),
    };
}
