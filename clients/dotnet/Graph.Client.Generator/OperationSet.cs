using Graph.Execution.Validation;
using Graph.Language;
using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>
/// The operations and fragments of every <c>.graphql</c> file, parsed and validated together against the schema
/// (fragments may live in another file than the operations that spread them). Every error names its file,
/// line and column, the operation or fragment, and the field it is about.
/// </summary>
internal sealed class OperationSet
{
    // Every node of every definition: its definition, file and the field it is in (for "field 'total'" in messages).
    private readonly Dictionary<SyntaxNode, (ExecutableDefinitionNode Definition, string File, FieldNode? Field)> _owners = new(ReferenceEqualityComparer.Instance);

    private OperationSet()
    {
    }

    public List<(OperationDefinitionNode Operation, string File)> Operations { get; } = [];

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; } = new(StringComparer.Ordinal);

    public static OperationSet Load(Schema schema, IReadOnlyList<GraphQLSourceFile> files, List<CodegenError> errors)
    {
        var set = new OperationSet();
        var definitions = new List<DefinitionNode>();
        foreach (var file in files)
        {
            set.Parse(file, definitions, errors);
        }

        if (errors.Count > 0)
        {
            return set;
        }

        var document = new DocumentNode(definitions);
        foreach (var error in DocumentValidator.Default.Validate(schema, document))
        {
            errors.Add(set.Locate(error));
        }

        return set;
    }

    /// <summary>The file of an operation or fragment.</summary>
    private void Parse(GraphQLSourceFile file, List<DefinitionNode> definitions, List<CodegenError> errors)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(file.Text);
        }
        catch (GraphQLSyntaxException syntax)
        {
            errors.Add(new CodegenError(CodegenErrorCodes.Syntax, file.Path, syntax.Line, syntax.Column, syntax.Description));
            return;
        }

        foreach (var definition in document.Definitions)
        {
            var (line, column) = Position(definition);
            switch (definition)
            {
                case OperationDefinitionNode { Name: null }:
                    errors.Add(new CodegenError(CodegenErrorCodes.Naming, file.Path, line, column,
                        "An operation needs a name: the generated client method is named after it."));
                    continue;
                case OperationDefinitionNode operation:
                    Operations.Add((operation, file.Path));
                    break;
                case FragmentDefinitionNode fragment:
                    Fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
                default:
                    errors.Add(new CodegenError(CodegenErrorCodes.Input, file.Path, line, column,
                        $"Only operations and fragments belong in an operations file, not a {definition.Kind}."));
                    continue;
            }

            Own((ExecutableDefinitionNode)definition, file.Path);
            definitions.Add(definition);
        }
    }

    private void Own(ExecutableDefinitionNode definition, string file)
    {
        SyntaxVisitor.Create().EnterAny((node, ancestors) =>
        {
            var field = node as FieldNode ?? ancestors.OfType<FieldNode>().LastOrDefault();
            _owners[node] = (definition, file, field);
            return VisitorAction.Continue;
        }).Visit(definition);
    }

    private CodegenError Locate(ValidationError error)
    {
        var node = error.Nodes.FirstOrDefault(n => _owners.ContainsKey(n));
        if (node is null)
        {
            var first = _owners.Values.FirstOrDefault();
            return new CodegenError(CodegenErrorCodes.Validation, first.File ?? "operations", 0, 0, error.Message);
        }

        var (definition, file, enclosingField) = _owners[node];
        var (line, column) = Position(node);
        var owner = definition switch
        {
            OperationDefinitionNode operation => $"Operation '{operation.Name?.Value}'",
            FragmentDefinitionNode fragment => $"Fragment '{fragment.Name.Value}'",
            _ => "Definition",
        };
        var field = enclosingField is { } f ? $": field '{f.ResponseKey}'" : "";
        return new CodegenError(CodegenErrorCodes.Validation, file, line, column, $"{owner}{field}: {error.Message}")
        {
            Definition = definition is OperationDefinitionNode o ? o.Name?.Value : (definition as FragmentDefinitionNode)?.Name.Value,
        };
    }

    private static (int Line, int Column) Position(SyntaxNode node) =>
        node.Location is { } location ? (location.Line, location.Column) : (0, 0);
}
