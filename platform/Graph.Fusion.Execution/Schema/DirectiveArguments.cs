using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>Reads the arguments of applied <c>@fusion__*</c> directives.</summary>
internal static class DirectiveArguments
{
    public static IEnumerable<DirectiveNode> Named(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.Where(d => d.Name.Value == name);

    public static bool Has(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    public static ValueNode? Value(DirectiveNode directive, string argument) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;

    public static string? String(DirectiveNode directive, string argument) => Value(directive, argument) switch
    {
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        null or NullValueNode => null,
        var other => throw new FusionSchemaException($"@{directive.Name.Value}({argument}:) must be a string, found {other.Print(false)}."),
    };

    public static string RequiredString(DirectiveNode directive, string argument) =>
        String(directive, argument) ?? throw new FusionSchemaException($"@{directive.Name.Value} needs the argument '{argument}'.");

    public static bool Boolean(DirectiveNode directive, string argument) => Value(directive, argument) is BooleanValueNode { Value: true };

    /// <summary>A list of strings (a single string is coerced to a list of one, spec 3.11 input coercion of lists).</summary>
    public static IReadOnlyList<string?> StringList(DirectiveNode directive, string argument) => Value(directive, argument) switch
    {
        ListValueNode list => list.Values.Select(v => v switch
        {
            StringValueNode s => s.Value,
            NullValueNode => null,
            _ => throw new FusionSchemaException($"@{directive.Name.Value}({argument}:) must be a list of strings."),
        }).ToArray(),
        StringValueNode single => [single.Value],
        null or NullValueNode => [],
        _ => throw new FusionSchemaException($"@{directive.Name.Value}({argument}:) must be a list of strings."),
    };
}
