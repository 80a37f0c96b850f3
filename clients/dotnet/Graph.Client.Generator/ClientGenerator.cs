using Graph.Execution;
using Graph.Language;
using Graph.Types;

namespace Graph.Client.Generator;

/// <summary>
/// Generates a typed C# client: a schema (SDL) and <c>.graphql</c> operation files in, one C# source file out.
/// Operations are validated against the schema first (GraphQL spec section 5); an operation that does not match
/// the schema is a <see cref="CodegenError"/> naming its file, operation and field, and nothing is generated.
/// </summary>
public static class ClientGenerator
{
    /// <summary>Generates from SDL text; a schema that does not load is a <see cref="CodegenErrorCodes.Schema"/> error.</summary>
    public static CodegenResult Generate(GraphQLSourceFile schemaFile, IReadOnlyList<GraphQLSourceFile> operationFiles, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(schemaFile);
        Schema schema;
        try
        {
            var document = Parser.Parse(schemaFile.Text, ParserOptions.TypeSystem);
            schema = new SchemaBuilder().AddDocument(document).UseJsonDefaultResolvers().Build();
        }
        catch (GraphQLSyntaxException syntax)
        {
            return Failed(new CodegenError(CodegenErrorCodes.Schema, schemaFile.Path, syntax.Line, syntax.Column, syntax.Message));
        }
        catch (SchemaValidationException invalid)
        {
            var first = invalid.Errors[0];
            var location = first.Locations.FirstOrDefault();
            return Failed(new CodegenError(CodegenErrorCodes.Schema, schemaFile.Path, location.Line, location.Column,
                string.Join(" ", invalid.Errors.Select(e => e.Message))));
        }

        return Generate(schema, operationFiles, options);
    }

    /// <summary>Generates from a built schema.</summary>
    public static CodegenResult Generate(Schema schema, IReadOnlyList<GraphQLSourceFile> operationFiles, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operationFiles);
        ArgumentNullException.ThrowIfNull(options);
        if (operationFiles.Count > options.MaxFiles)
        {
            return Failed(new CodegenError(CodegenErrorCodes.Input, operationFiles[0].Path, 0, 0,
                $"{operationFiles.Count} operation files exceed the limit of {options.MaxFiles}."));
        }

        var errors = new List<CodegenError>();
        var operations = OperationSet.Load(schema, operationFiles, errors);
        if (errors.Count > 0)
        {
            return new CodegenResult(null, errors);
        }

        // Schema type names are taken first: input records and enums keep their schema names, result records give way.
        var typeNames = new HashSet<string>(schema.Types.Select(t => t.Name), StringComparer.Ordinal) { options.ClientName, options.ClientName + "Operations" };
        var collector = new FieldCollector(schema, operations.Fragments);
        var records = new RecordBuilder(schema, collector, typeNames);
        var inputs = new InputTypeCollector(schema);
        var models = new List<OperationModel>();
        foreach (var (operation, file) in operations.Operations)
        {
            var name = CSharpNames.Pascal(operation.Name!.Value);
            var rootType = schema.GetRootType(operation.Operation)!;
            var result = records.BuildRoot(name, rootType, operation.SelectionSet);
            var variables = operation.VariableDefinitions.Select(v => inputs.Variable(v)).ToList();
            models.Add(new OperationModel(name, operation.Operation.ToKeyword(), file,
                OperationDocumentPrinter.Print(operation, operations.Fragments), result, variables));
        }

        var interfaces = records.FragmentInterfaces(operations.Fragments.Values);
        var source = new ClientEmitter(options, schema).Emit(models, records.Records, interfaces, inputs.InputTypes, records.UsedEnums.Union(inputs.Enums));
        return new CodegenResult(source, []);
    }

    private static CodegenResult Failed(CodegenError error) => new(null, [error]);
}
