using Graph.Types;

namespace Graph.ServiceDefaults.Errors;

/// <summary>
/// A domain error returned in a mutation payload's <c>errors</c> list (HotChocolate's mutation conventions):
/// expected failures the client handles (an email already taken, a weak password) are data, not GraphQL errors.
/// Each mutation declares a union of the error types it can return; each error type implements this interface.
/// </summary>
[GraphQLDescription("A domain error a mutation returns in its payload's `errors` list.")]
public interface IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    string Message { get; }

    [GraphQLDescription("A stable machine-readable code, e.g. `VALIDATION_FAILED`.")]
    string Code { get; }
}
