using Graph.Types;

namespace Graph.Users.Accounts;

/// <summary>Input of <c>signUp</c>.</summary>
[GraphQLDescription("A new account's email, password and display name.")]
public sealed record SignUpInput(
    [GraphQLDescription("The sign-in email (at most 254 characters); stored trimmed and lower-cased.")] string Email,
    [GraphQLDescription("At least 10 characters, not the email or the name, not a well-known password.")] string Password,
    [GraphQLDescription("The name shown to other people (at most 100 characters).")] string DisplayName);

/// <summary>Input of <c>signIn</c>.</summary>
[GraphQLDescription("The credentials to sign in with.")]
public sealed record SignInInput(
    [GraphQLDescription("The account's email.")] string Email,
    [GraphQLDescription("The account's password.")] string Password);

/// <summary>Input of <c>refreshToken</c>.</summary>
[GraphQLDescription("The refresh token to exchange for a new pair of tokens.")]
public sealed record RefreshTokenInput(
    [GraphQLDescription("The refresh token from the last sign-in or refresh. It can be used once.")] string RefreshToken);

/// <summary>Input of <c>signOut</c>.</summary>
[GraphQLDescription("The refresh token of the session to end.")]
public sealed record SignOutInput(
    [GraphQLDescription("Any refresh token of the session; the whole session is revoked.")] string RefreshToken);

/// <summary>Input of <c>changePassword</c>.</summary>
[GraphQLDescription("The current password and the new one.")]
public sealed record ChangePasswordInput(
    [GraphQLDescription("The password in use now.")] string CurrentPassword,
    [GraphQLDescription("The new password; the same strength rule as at sign-up.")] string NewPassword);

/// <summary>Input of <c>deleteAccount</c>.</summary>
[GraphQLDescription("Confirms the deletion of the signed-in user's account.")]
public sealed record DeleteAccountInput(
    [GraphQLDescription("The account's password, to confirm.")] string Password);

/// <summary>Input of <c>updateProfile</c>.</summary>
[GraphQLDescription("The profile fields to change; omitted fields stay as they are.")]
public sealed record UpdateProfileInput(
    [GraphQLDescription("The new display name (at most 100 characters).")] string? DisplayName = null);

/// <summary>Input of <c>addAddress</c>.</summary>
[GraphQLDescription("A postal address to save.")]
public sealed record AddAddressInput(
    [GraphQLDescription("Who receives deliveries (at most 100 characters).")] string Recipient,
    [GraphQLDescription("Street and number (at most 200 characters).")] string Line1,
    [GraphQLDescription("City (at most 100 characters).")] string City,
    [GraphQLDescription("Postal or ZIP code (at most 20 characters).")] string PostalCode,
    [GraphQLDescription("ISO 3166-1 alpha-2 country code, e.g. `DE`.")] string Country,
    [GraphQLDescription("Apartment, suite, floor (at most 200 characters).")] string? Line2 = null,
    [GraphQLDescription("State, province or region (at most 100 characters).")] string? Region = null);

/// <summary>Input of <c>removeAddress</c>.</summary>
[GraphQLDescription("The address to remove.")]
public sealed record RemoveAddressInput([ID, GraphQLDescription("The address's id (a UUID).")] string Id);

/// <summary>Input of <c>addPaymentMethod</c>: Stripe's id and display metadata, never a card number.</summary>
[GraphQLDescription("A card already saved with Stripe (Stripe.js / Elements): its payment-method id and display metadata. Never send a card number.")]
public sealed record AddPaymentMethodInput(
    [GraphQLDescription("Stripe's payment-method id, `pm_...`.")] string StripePaymentMethodId,
    [GraphQLDescription("The card brand as Stripe reports it, e.g. `visa`.")] string Brand,
    [GraphQLDescription("The last four digits of the card number.")] string Last4,
    [GraphQLDescription("Expiry month, 1 to 12.")] int ExpMonth,
    [GraphQLDescription("Expiry year, four digits.")] int ExpYear);

/// <summary>Input of <c>removePaymentMethod</c>.</summary>
[GraphQLDescription("The payment method to remove.")]
public sealed record RemovePaymentMethodInput([ID, GraphQLDescription("The payment method's id (a UUID).")] string Id);
