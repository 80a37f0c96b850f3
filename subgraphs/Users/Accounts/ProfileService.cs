using Graph.Messaging;
using Graph.ServiceDefaults.Errors;
using Graph.Users.Events;
using Graph.Users.Infrastructure;
using Graph.Users.Validation;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.Accounts;

/// <summary>The signed-in user's own profile, addresses and payment methods.</summary>
public sealed class ProfileService(UsersDb db, TimeProvider time)
{
    private static readonly ValidationError MalformedId = new("id", "id must be a UUID.");

    private static readonly HashSet<string> CardBrands = ["amex", "diners", "discover", "eftpos_au", "jcb", "mastercard", "unionpay", "visa", "unknown"];

    public async Task<Outcome<User>> UpdateProfileAsync(Guid userId, UpdateProfileInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var displayName = input.DisplayName is null ? null : check.Required("displayName", input.DisplayName, InputLimits.DisplayName);
        if (!check.IsValid)
        {
            return Outcome<User>.Fail(check.Errors);
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Outcome<User>.Fail(new NotFoundError("User", userId.ToString()));
        }

        if (displayName is not null && displayName != account.DisplayName)
        {
            account.DisplayName = displayName;
            db.AddIntegrationEvent(UserChangedIntegrationEvent.For(userId));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return Outcome<User>.Ok(account.ToUser());
    }

    public async Task<Outcome<Address>> AddAddressAsync(Guid userId, AddAddressInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var address = new Address
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Recipient = check.Required("recipient", input.Recipient, InputLimits.Recipient),
            Line1 = check.Required("line1", input.Line1, InputLimits.AddressLine),
            Line2 = check.Optional("line2", input.Line2, InputLimits.AddressLine),
            City = check.Required("city", input.City, InputLimits.City),
            Region = check.Optional("region", input.Region, InputLimits.Region),
            PostalCode = check.Required("postalCode", input.PostalCode, InputLimits.PostalCode),
            Country = (input.Country ?? "").Trim().ToUpperInvariant(),
            CreatedAt = time.GetUtcNow(),
        };
        if (address.Country.Length != 2 || !address.Country.All(char.IsAsciiLetterUpper))
        {
            check.Fail("country", "country must be an ISO 3166-1 alpha-2 code such as `DE`.");
        }

        if (!check.IsValid)
        {
            return Outcome<Address>.Fail(check.Errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await LockUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            return Outcome<Address>.Fail(new NotFoundError("User", userId.ToString()));
        }

        if (await db.Addresses.CountAsync(a => a.UserId == userId, cancellationToken).ConfigureAwait(false) >= InputLimits.AddressesPerUser)
        {
            return Outcome<Address>.Fail(new ValidationError("input", $"A user keeps at most {InputLimits.AddressesPerUser} addresses; remove one first."));
        }

        db.Addresses.Add(address);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<Address>.Ok(address);
    }

    public async Task<Outcome<Address>> RemoveAddressAsync(Guid userId, RemoveAddressInput input, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(input.Id, out var id))
        {
            return Outcome<Address>.Fail(MalformedId);
        }

        // Another user's address is "not found" too: its existence is not disclosed.
        var address = await db.Addresses.SingleOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            return Outcome<Address>.Fail(new NotFoundError("Address", id.ToString()));
        }

        db.Addresses.Remove(address);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<Address>.Ok(address);
    }

    public async Task<Outcome<PaymentMethod>> AddPaymentMethodAsync(Guid userId, AddPaymentMethodInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var stripeId = (input.StripePaymentMethodId ?? "").Trim();
        check.NoCardNumber("stripePaymentMethodId", stripeId);
        if (check.IsValid && !IsStripePaymentMethodId(stripeId))
        {
            check.Fail("stripePaymentMethodId", "stripePaymentMethodId must be a Stripe payment-method id (`pm_` and letters, digits or `_`, at most 255 characters).");
        }

        var brand = (input.Brand ?? "").Trim().ToLowerInvariant();
        check.NoCardNumber("brand", brand);
        if (!CardBrands.Contains(brand))
        {
            check.Fail("brand", "brand must be one of " + string.Join(", ", CardBrands.Order(StringComparer.Ordinal)) + ".");
        }

        var last4 = (input.Last4 ?? "").Trim();
        check.NoCardNumber("last4", last4);
        if (last4.Length != 4 || !last4.All(char.IsAsciiDigit))
        {
            check.Fail("last4", "last4 must be exactly the last four digits of the card.");
        }

        check.Range("expMonth", input.ExpMonth, 1, 12);
        var today = time.GetUtcNow();
        check.Range("expYear", input.ExpYear, today.Year, today.Year + 50);
        if (check.IsValid && (input.ExpYear, input.ExpMonth).CompareTo((today.Year, today.Month)) < 0)
        {
            check.Fail("expMonth", "The card has expired.");
        }

        if (!check.IsValid)
        {
            return Outcome<PaymentMethod>.Fail(check.Errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await LockUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            return Outcome<PaymentMethod>.Fail(new NotFoundError("User", userId.ToString()));
        }

        if (await db.PaymentMethods.CountAsync(p => p.UserId == userId, cancellationToken).ConfigureAwait(false) >= InputLimits.PaymentMethodsPerUser)
        {
            return Outcome<PaymentMethod>.Fail(new ValidationError("input", $"A user keeps at most {InputLimits.PaymentMethodsPerUser} payment methods; remove one first."));
        }

        var method = new PaymentMethod
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            StripePaymentMethodId = stripeId,
            Brand = brand,
            Last4 = last4,
            ExpMonth = input.ExpMonth,
            ExpYear = input.ExpYear,
            CreatedAt = today,
        };
        db.PaymentMethods.Add(method);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<PaymentMethod>.Ok(method);
    }

    /// <summary>
    /// Locks the user's row until the transaction ends and says whether the user exists. Adds for one user queue
    /// here, so the count that enforces a per-user limit cannot be overtaken by a concurrent add (count-then-insert
    /// alone let two concurrent adds both see 19 of 20 and both insert).
    /// </summary>
    private async Task<bool> LockUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var locked = await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM users WHERE id = {userId} FOR UPDATE")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return locked.Count > 0;
    }

    public async Task<Outcome<PaymentMethod>> RemovePaymentMethodAsync(Guid userId, RemovePaymentMethodInput input, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(input.Id, out var id))
        {
            return Outcome<PaymentMethod>.Fail(MalformedId);
        }

        var method = await db.PaymentMethods.SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (method is null)
        {
            return Outcome<PaymentMethod>.Fail(new NotFoundError("PaymentMethod", id.ToString()));
        }

        db.PaymentMethods.Remove(method);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<PaymentMethod>.Ok(method);
    }

    /// <summary>Stripe ids are a type prefix and an opaque alphanumeric part (test ids such as <c>pm_card_visa</c> use underscores).</summary>
    private static bool IsStripePaymentMethodId(string value) =>
        value.Length is > 3 and <= InputLimits.StripePaymentMethodId
        && value.StartsWith("pm_", StringComparison.Ordinal)
        && value.Skip(3).All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
