using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// The result of a successful composition: prints the client schema (<c>composite.graphql</c>) and the execution schema
/// (<c>gateway.graphql</c>) in the format of docs/fusion.md. Types come in a fixed order (Query, Mutation, Subscription,
/// then by name), fields in the order the source schemas (in manifest order) first define them.
/// </summary>
public sealed class ComposedSchema
{
    private static readonly string[] RootNames = ["Query", "Mutation", "Subscription"];

    private readonly MergedSchema _merged;

    private readonly IReadOnlyDictionary<string, CacheHint> _cacheHints;

    internal ComposedSchema(MergedSchema merged, IReadOnlyDictionary<string, CacheHint>? cacheHints = null)
    {
        _merged = merged;
        _cacheHints = cacheHints ?? new Dictionary<string, CacheHint>();
    }

    /// <summary>The merged <c>@cacheControl</c> hints by coordinate, printed as <c>@fusion__cacheControl</c> in the execution schema.</summary>
    public IReadOnlyDictionary<string, CacheHint> CacheHints => _cacheHints;

    /// <summary>The source schema names, in manifest order.</summary>
    public IReadOnlyList<string> SourceSchemas => _merged.SourceNames;

    /// <summary>The composite type names, in output order.</summary>
    public IReadOnlyList<string> TypeNames => [.. Ordered().Select(t => t.Name)];

    /// <summary>The client schema: what clients see (no <c>@inaccessible</c> members, no <c>fusion__*</c> metadata).</summary>
    public string PrintClientSchema() => SyntaxPrinter.Print(new DocumentNode([.. Ordered().Where(t => !t.Inaccessible).Select(t => TypePrinter.Print(t, _merged, execution: false))])) + "\n";

    /// <summary>The execution schema: the composite schema annotated with <c>@fusion__*</c> directives for the planner.</summary>
    public string PrintExecutionSchema()
    {
        var definitions = new List<DefinitionNode> { SchemaEnum() };
        definitions.AddRange(Parser.Parse(FusionDefinitions.Sdl, ParserOptions.TypeSystem).Definitions);
        if (_cacheHints.Count > 0)
        {
            definitions.AddRange(Parser.Parse(CacheHintPrinter.Sdl, ParserOptions.TypeSystem).Definitions);
        }

        definitions.AddRange(Ordered().Select(t => CacheHintPrinter.Annotate(TypePrinter.Print(t, _merged, execution: true), _cacheHints)));
        return SyntaxPrinter.Print(new DocumentNode(definitions)) + "\n";
    }

    /// <summary>The <c>fusion__Schema</c> enum value of a source schema name.</summary>
    internal static string SchemaValue(string name) => name.ToUpperInvariant();

    private IEnumerable<MergedType> Ordered() =>
        _merged.Types.Values
            .OrderBy(t => Array.IndexOf(RootNames, t.Name) is var i && i < 0 ? RootNames.Length : i)
            .ThenBy(t => t.Name, StringComparer.Ordinal);

    private EnumTypeDefinitionNode SchemaEnum() => new(
        new NameNode("fusion__Schema"),
        [],
        [.. _merged.SourceNames.Select(n => new EnumValueDefinitionNode(
            new NameNode(SchemaValue(n)),
            [new DirectiveNode(new NameNode("fusion__schema_metadata"), [new ArgumentNode(new NameNode("name"), new StringValueNode(n))])]))],
        new StringValueNode("The source schemas; each value's metadata names the manifest entry."));
}
