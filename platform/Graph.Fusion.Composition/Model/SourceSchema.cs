using System.Text;
using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>
/// One source schema (Composite Schemas spec section 2): its manifest name and its SDL document, with the Apollo
/// Federation members (<c>_service</c>, <c>_entities</c>, <c>_Service</c>, <c>_Entity</c>, <c>_Any</c>) and every
/// directive that is not a composition directive (definitions and usages, e.g. <c>@authorize</c>) removed, as
/// docs/fusion.md specifies. Types only the removed directive definitions used are removed with them.
/// </summary>
public sealed class SourceSchema
{
    private static readonly IReadOnlySet<string> FederationTypes = new HashSet<string>(StringComparer.Ordinal) { "_Service", "_Entity", "_Any" };
    private static readonly IReadOnlySet<string> FederationQueryFields = new HashSet<string>(StringComparer.Ordinal) { "_service", "_entities" };

    private readonly Dictionary<string, TypeDefinitionNode> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directives = new(StringComparer.Ordinal);

    private SourceSchema(string name, DocumentNode document, string? syntaxError, int sizeInBytes)
    {
        Name = name;
        Document = document;
        SyntaxError = syntaxError;
        SizeInBytes = sizeInBytes;
        Index();
    }

    /// <summary>The source schema's name (the manifest entry's name, e.g. <c>catalog</c>).</summary>
    public string Name { get; }

    /// <summary>The cleaned SDL document (empty when the SDL did not parse).</summary>
    public DocumentNode Document { get; }

    /// <summary>The syntax error of the SDL, reported as <c>INVALID_GRAPHQL</c>; null when it parsed.</summary>
    public string? SyntaxError { get; }

    /// <summary>The SDL's size in UTF-8 bytes.</summary>
    public int SizeInBytes { get; }

    /// <summary>The <c>@cacheControl</c> hints by coordinate (<c>Product</c>, <c>Product.name</c>); docs/fusion.md "Response cache".</summary>
    public IReadOnlyDictionary<string, CacheHint> CacheHints { get; private init; } = new Dictionary<string, CacheHint>();

    internal IReadOnlyDictionary<string, TypeDefinitionNode> Types => _types;

    internal IReadOnlyDictionary<string, DirectiveDefinitionNode> DirectiveDefinitions => _directives;

    /// <summary>Type names defined more than once (reported as <c>INVALID_GRAPHQL</c>).</summary>
    internal List<string> DuplicateTypes { get; } = [];

    internal SchemaDefinitionNode? SchemaDefinition { get; private set; }

    internal string? QueryTypeName => RootTypeName(OperationType.Query, "Query");

    internal string? MutationTypeName => RootTypeName(OperationType.Mutation, "Mutation");

    internal string? SubscriptionTypeName => RootTypeName(OperationType.Subscription, "Subscription");

    /// <summary>Parses SDL into a source schema; a syntax error is kept and reported by composition.</summary>
    public static SourceSchema Parse(string name, string sdl)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sdl);
        var size = Encoding.UTF8.GetByteCount(sdl);
        if (size > CompositionLimits.MaxSdlBytes)
        {
            return new SourceSchema(name, new DocumentNode([]), null, size);
        }

        try
        {
            var document = Parser.Parse(sdl, ParserOptions.TypeSystem);

            // Read before Clean, which removes @cacheControl as it removes every non-composition directive.
            return new SourceSchema(name, Clean(document), null, size) { CacheHints = CacheHintReader.Read(TypeExtensionFolder.Fold(document)) };
        }
        catch (GraphQLSyntaxException syntax)
        {
            return new SourceSchema(name, new DocumentNode([]), syntax.Message, size);
        }
    }

    internal TypeDefinitionNode? Type(string name) => _types.GetValueOrDefault(name);

    internal IEnumerable<TypeDefinitionNode> CompositeTypes => _types.Values.Where(t => t.IsComposite());

    /// <summary>Whether this schema resolves <c>type.field</c> itself (defines it and it is not <c>@external</c>).</summary>
    internal bool Resolves(string type, string field) =>
        Type(type)?.Field(field) is { } f && !f.IsExternal();

    private string? RootTypeName(OperationType operation, string defaultName)
    {
        if (SchemaDefinition is not null)
        {
            return SchemaDefinition.OperationTypes.FirstOrDefault(o => o.Operation == operation)?.Type.Name.Value;
        }

        return _types.ContainsKey(defaultName) ? defaultName : null;
    }

    private void Index()
    {
        foreach (var definition in Document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type when !_types.TryAdd(type.Name.Value, type):
                    DuplicateTypes.Add(type.Name.Value);
                    break;
                case DirectiveDefinitionNode directive:
                    _directives.TryAdd(directive.Name.Value, directive);
                    break;
                case SchemaDefinitionNode schema:
                    SchemaDefinition = schema;
                    break;
            }
        }
    }

    /// <summary>Folds type extensions into their definitions and removes federation members and foreign directives.</summary>
    private static DocumentNode Clean(DocumentNode document)
    {
        var folded = TypeExtensionFolder.Fold(document);
        var removedDirectiveDefinitions = folded.Definitions.OfType<DirectiveDefinitionNode>()
            .Where(d => !SyntaxFacts.CompositionDirectives.Contains(d.Name.Value) && !SyntaxFacts.BuiltInDirectives.Contains(d.Name.Value))
            .ToList();
        var candidatesForRemoval = removedDirectiveDefinitions
            .SelectMany(d => d.Arguments.Select(a => a.Type.NamedType()))
            .ToHashSet(StringComparer.Ordinal);

        var definitions = new List<DefinitionNode>();
        foreach (var definition in folded.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode d when removedDirectiveDefinitions.Contains(d):
                    continue;
                case TypeDefinitionNode t when FederationTypes.Contains(t.Name.Value):
                    continue;
                case TypeSystemDefinitionNode t:
                    definitions.Add(DirectiveStripper.Strip(t, FederationQueryFields));
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        // Types only referenced from removed directive definitions (e.g. @authorize's ApplyPolicy) go with them.
        var referenced = TypeReferences.Collect(definitions);
        definitions.RemoveAll(d => d is TypeDefinitionNode t && candidatesForRemoval.Contains(t.Name.Value) && !referenced.Contains(t.Name.Value));
        return new DocumentNode(definitions);
    }
}
