using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Types;
using Graph.Users.Accounts;
using Graph.Users.GraphQL.Payloads;

namespace Graph.Users.GraphQL;

/// <summary>The signed-in user's profile, addresses and payment methods.</summary>
[MutationType]
public static class ProfileMutations
{
    [Authorize]
    [GraphQLDescription("Changes the signed-in user's profile.")]
    public static async Task<UpdateProfilePayload> UpdateProfileAsync(UpdateProfileInput input, ClaimsPrincipal caller, [Service] ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.UpdateProfileAsync(AccountMutations.CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new UpdateProfilePayload(outcome.Value, AccountMutations.Errors(outcome));
    }

    [Authorize]
    [GraphQLDescription("Saves a postal address for the signed-in user (at most 20).")]
    public static async Task<AddAddressPayload> AddAddressAsync(AddAddressInput input, ClaimsPrincipal caller, [Service] ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.AddAddressAsync(AccountMutations.CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new AddAddressPayload(outcome.Value, AccountMutations.Errors(outcome));
    }

    [Authorize]
    [GraphQLDescription("Removes one of the signed-in user's addresses.")]
    public static async Task<RemoveAddressPayload> RemoveAddressAsync(RemoveAddressInput input, ClaimsPrincipal caller, [Service] ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.RemoveAddressAsync(AccountMutations.CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new RemoveAddressPayload(outcome.Value, AccountMutations.Errors(outcome));
    }

    [Authorize]
    [GraphQLDescription("Saves a card the client already saved with Stripe, by its payment-method id (at most 10). Card numbers are refused.")]
    public static async Task<AddPaymentMethodPayload> AddPaymentMethodAsync(AddPaymentMethodInput input, ClaimsPrincipal caller, [Service] ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.AddPaymentMethodAsync(AccountMutations.CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new AddPaymentMethodPayload(outcome.Value, AccountMutations.Errors(outcome));
    }

    [Authorize]
    [GraphQLDescription("Removes one of the signed-in user's payment methods.")]
    public static async Task<RemovePaymentMethodPayload> RemovePaymentMethodAsync(RemovePaymentMethodInput input, ClaimsPrincipal caller, [Service] ProfileService profiles, CancellationToken cancellationToken)
    {
        var outcome = await profiles.RemovePaymentMethodAsync(AccountMutations.CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new RemovePaymentMethodPayload(outcome.Value, AccountMutations.Errors(outcome));
    }
}
