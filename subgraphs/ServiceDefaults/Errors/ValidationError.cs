using Graph.Types;

namespace Graph.ServiceDefaults.Errors;

/// <summary>An input value that breaks a rule (too long, malformed, out of range); names the input field.</summary>
[GraphQLDescription("An input value breaks a rule: too long, malformed or out of range.")]
[Shareable]
public sealed record ValidationError(
    [GraphQLDescription("The input field at fault, as a path from the mutation's input, e.g. `email`.")] string Field,
    [GraphQLDescription("What is wrong with the value, in English, for people.")] string Message) : IError
{
    [GraphQLDescription("Always `VALIDATION_FAILED`.")]
    public string Code => "VALIDATION_FAILED";
}
