using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Processing;

/// <summary>
/// Validates an executable document against a schema (spec 5 "Validation"). The executor runs it once per
/// distinct document (results are cached with the document), before any operation of it executes.
/// </summary>
public interface IDocumentValidator
{
    /// <summary>The validation errors; empty when the document is valid.</summary>
    IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document);
}

/// <summary>Adapts a validation function (for example the spec's rules) to <see cref="IDocumentValidator"/>.</summary>
public sealed class DelegateDocumentValidator(Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> validate) : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => validate(schema, document);
}
