using System.Net.Mail;
using Graph.ServiceDefaults.Errors;

namespace Graph.Users.Validation;

/// <summary>
/// Collects every <see cref="ValidationError"/> of one mutation input before anything is written, so a client sees
/// all problems at once and a failed check never leaves partial state.
/// </summary>
public sealed class InputCheck
{
    private readonly List<IError> _errors = [];

    public IReadOnlyList<IError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Fail(string field, string message) => _errors.Add(new ValidationError(field, message));

    public void Add(IError error) => _errors.Add(error);

    /// <summary>A required text: trimmed, not empty, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public string Required(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            Fail(field, $"{field} is required.");
        }
        else
        {
            CheckText(field, trimmed, maxLength);
        }

        return trimmed;
    }

    /// <summary>An optional text: trimmed, null when blank, otherwise as <see cref="Required"/>.</summary>
    public string? Optional(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        CheckText(field, trimmed, maxLength);
        return trimmed;
    }

    /// <summary>
    /// An email, normalized (trimmed, lower-cased invariant) and checked: at most 254 characters (RFC 5321), a local
    /// part of at most 64, one <c>@</c>, a domain with a dot or a single label, nothing <see cref="MailAddress"/> rejects.
    /// </summary>
    public string Email(string field, string? value)
    {
        var normalized = EmailAddress.Normalize(value);
        if (normalized.Length == 0)
        {
            Fail(field, "The email is required.");
        }
        else if (normalized.Length > InputLimits.Email)
        {
            Fail(field, $"The email is longer than {InputLimits.Email} characters.");
        }
        else if (!EmailAddress.IsValid(normalized))
        {
            Fail(field, "The email is not a valid address.");
        }

        return normalized;
    }

    /// <summary>Card numbers are never accepted anywhere (ARCHITECTURE.md section 8; seed 002).</summary>
    public void NoCardNumber(string field, string? value)
    {
        if (CardNumbers.LooksLikeCardNumber(value))
        {
            Fail(field, "Card numbers are never accepted; save the card with Stripe and send its payment-method id (pm_...).");
        }
    }

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Fail(field, $"{field} must be between {min} and {max}.");
        }
    }

    private void CheckText(string field, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            Fail(field, $"{field} is longer than {maxLength} characters.");
        }
        else if (value.Any(char.IsControl))
        {
            Fail(field, $"{field} contains control characters.");
        }
        else
        {
            NoCardNumber(field, value);
        }
    }
}
