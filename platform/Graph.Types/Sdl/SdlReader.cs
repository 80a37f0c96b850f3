using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Reads an SDL document (spec 3) into a <see cref="SchemaBuilder"/>: definitions in document order, then every
/// schema and type extension merged into its definition (spec 3.3.2, 3.4.3), as graphql-js's <c>buildASTSchema</c>.
/// Executable definitions are ignored, as graphql-js does.
/// </summary>
internal static class SdlReader
{
    public static void Read(SchemaBuilder builder, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extensions = new List<TypeSystemExtensionNode>();
        var roots = new RootNames(builder);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    ReadSchemaDefinition(builder, schema, roots);
                    break;
                case TypeDefinitionNode type:
                    builder.AddType(SdlDefinitions.ReadType(type));
                    break;
                case DirectiveDefinitionNode directive:
                    builder.DirectiveDefinitions.Add(SdlDefinitions.ReadDirective(directive));
                    break;
                case TypeSystemExtensionNode extension:
                    extensions.Add(extension);
                    break;
            }
        }

        foreach (var extension in extensions)
        {
            if (extension is SchemaExtensionNode schemaExtension)
            {
                builder.SchemaDirectives.AddRange(schemaExtension.Directives.Select(DirectiveUsage.FromSyntax));
                roots.Add(schemaExtension.OperationTypes, isExtension: true);
            }
            else if (extension is TypeExtensionNode typeExtension)
            {
                SdlExtensions.Apply(builder, typeExtension);
            }
        }
    }

    private static void ReadSchemaDefinition(SchemaBuilder builder, SchemaDefinitionNode schema, RootNames roots)
    {
        if (builder.HasSchemaDefinition)
        {
            builder.Errors.Add(new SchemaError("Must provide only one schema definition.", schema.Location));
            roots.Add(schema.OperationTypes, isExtension: false);
            return;
        }

        builder.HasSchemaDefinition = true;
        builder.SchemaLocation = schema.Location;
        builder.Description = schema.Description?.Value;
        builder.SchemaDirectives.AddRange(schema.Directives.Select(DirectiveUsage.FromSyntax));
        roots.Add(schema.OperationTypes, isExtension: false);
    }

    /// <summary>Root operation type names from schema definitions and extensions (spec 3.3.1, 3.3.2).</summary>
    private sealed class RootNames(SchemaBuilder builder)
    {
        public void Add(IReadOnlyList<OperationTypeDefinitionNode> operationTypes, bool isExtension)
        {
            foreach (var operationType in operationTypes)
            {
                var name = operationType.Type.Name.Value;
                var keyword = operationType.Operation.ToKeyword();
                var existing = operationType.Operation switch
                {
                    OperationType.Query => builder.QueryTypeName,
                    OperationType.Mutation => builder.MutationTypeName,
                    _ => builder.SubscriptionTypeName,
                };
                if (existing is not null)
                {
                    builder.Errors.Add(new SchemaError(isExtension
                        ? $"Type for {keyword} already defined in the schema. It cannot be redefined."
                        : $"There can be only one {keyword} type in schema.", operationType.Location));
                    continue;
                }

                switch (operationType.Operation)
                {
                    case OperationType.Query:
                        builder.QueryTypeName = name;
                        break;
                    case OperationType.Mutation:
                        builder.MutationTypeName = name;
                        break;
                    default:
                        builder.SubscriptionTypeName = name;
                        break;
                }
            }
        }
    }
}
