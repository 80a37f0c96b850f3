using Graph.Execution.Validation;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Processing;

/// <summary>
/// The executor's default <see cref="IDocumentValidator"/>: every rule of spec section 5
/// (<see cref="DocumentValidator"/> with <see cref="SpecifiedRules"/>), errors carrying their rule's <c>extensions.code</c>.
/// </summary>
public sealed class SpecifiedRulesValidator(DocumentValidator validator) : IDocumentValidator
{
    public static SpecifiedRulesValidator Default { get; } = new(DocumentValidator.Default);

    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        var errors = validator.Validate(schema, document);
        if (errors.Count == 0)
        {
            return [];
        }

        var result = new GraphQLError[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            var locations = error.Locations.Select(l => new Location(0, 0, l.Line, l.Column)).ToArray();
            result[i] = new GraphQLError(error.Message, locations, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code });
        }

        return result;
    }
}
