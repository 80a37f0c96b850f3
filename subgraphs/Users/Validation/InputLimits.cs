namespace Graph.Users.Validation;

/// <summary>The maximum sizes of every input that can grow; the SQL columns are sized the same.</summary>
public static class InputLimits
{
    /// <summary>RFC 5321's longest forward path.</summary>
    public const int Email = 254;

    public const int DisplayName = 100;

    public const int Recipient = 100;

    public const int AddressLine = 200;

    public const int City = 100;

    public const int Region = 100;

    public const int PostalCode = 20;

    public const int PasswordMax = 128;

    /// <summary>A refresh token is 43 base64url characters; anything much longer is not one.</summary>
    public const int RefreshToken = 128;

    public const int StripePaymentMethodId = 255;

    public const int AddressesPerUser = 20;

    public const int PaymentMethodsPerUser = 10;

    public const int UsersPageSize = 100;

    public const int FilterText = 254;
}
