using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5): runs every rule as a visitor over one
/// traversal of the document and returns the errors in the order they were found (empty when the document is valid).
/// </summary>
public sealed class DocumentValidator
{
    private readonly IReadOnlyList<Func<ValidationRule>> _rules;
    private readonly ValidationOptions _options;

    /// <param name="rules">The rules to run; <see cref="SpecifiedRules.All"/> when null.</param>
    /// <param name="options">Error limit and suggestions; <see cref="ValidationOptions.Default"/> when null.</param>
    public DocumentValidator(IReadOnlyList<Func<ValidationRule>>? rules = null, ValidationOptions? options = null)
    {
        _rules = rules ?? SpecifiedRules.All;
        _options = options ?? ValidationOptions.Default;
    }

    /// <summary>A validator with the specified rules and default options.</summary>
    public static DocumentValidator Default { get; } = new();

    public IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<ValidationError>();
        var context = new ValidationContext(schema, document, _options, errors);
        var rules = new ValidationRule[_rules.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = _rules[i]();
        }

        try
        {
            DocumentWalker.Walk(document, new RuleDispatcher(rules, context));
        }
        catch (ValidationStoppedException stopped)
        {
            errors.Add(new ValidationError(stopped.Message, [], stopped.Code));
        }

        return errors;
    }
}
