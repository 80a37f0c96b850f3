using Graph.Language;

namespace Graph.Execution.Validation;

/// <summary>
/// Spec 5.1.1 Executable Definitions:
/// "For each definition {definition} in {document}: {definition} must be {ExecutableDefinition} (it must not be
/// {TypeSystemDefinitionOrExtension})."
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override string Code => "EXECUTABLE_DEFINITIONS";

    protected internal override bool EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + ((INamedSyntaxNode)definition).Name.Value + "\"";
            Report(context, $"The {name} definition is not executable.", definition);
        }

        return true;
    }
}
