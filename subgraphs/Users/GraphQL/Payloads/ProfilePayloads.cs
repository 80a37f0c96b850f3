using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Graph.Users.Accounts;

namespace Graph.Users.GraphQL.Payloads;

/// <summary>The result of <c>updateProfile</c>.</summary>
[GraphQLDescription("The updated user, or why the update failed.")]
public sealed record UpdateProfilePayload(
    [GraphQLDescription("The user after the change.")] User? User,
    [GraphQLType("[UpdateProfileError!]"), GraphQLDescription("Why the update failed; null when it succeeded.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>addAddress</c>.</summary>
[GraphQLDescription("The saved address, or why it was not saved.")]
public sealed record AddAddressPayload(
    [GraphQLDescription("The new address.")] Address? Address,
    [GraphQLType("[AddAddressError!]"), GraphQLDescription("Why the address was not saved; null when it was.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>removeAddress</c>.</summary>
[GraphQLDescription("The removed address, or why it was not removed.")]
public sealed record RemoveAddressPayload(
    [GraphQLDescription("The address that was removed.")] Address? Address,
    [GraphQLType("[RemoveAddressError!]"), GraphQLDescription("Why nothing was removed; null when it was.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>addPaymentMethod</c>.</summary>
[GraphQLDescription("The saved payment method, or why it was not saved.")]
public sealed record AddPaymentMethodPayload(
    [GraphQLDescription("The new payment method.")] PaymentMethod? PaymentMethod,
    [GraphQLType("[AddPaymentMethodError!]"), GraphQLDescription("Why it was not saved; null when it was.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>removePaymentMethod</c>.</summary>
[GraphQLDescription("The removed payment method, or why it was not removed.")]
public sealed record RemovePaymentMethodPayload(
    [GraphQLDescription("The payment method that was removed.")] PaymentMethod? PaymentMethod,
    [GraphQLType("[RemovePaymentMethodError!]"), GraphQLDescription("Why nothing was removed; null when it was.")] IReadOnlyList<IError>? Errors);
