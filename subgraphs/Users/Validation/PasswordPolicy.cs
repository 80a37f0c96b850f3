namespace Graph.Users.Validation;

/// <summary>
/// The password strength rule (NIST SP 800-63B style: length over composition): at least 10 characters, at most 128,
/// not the email or its local part or the display name, not one repeated character or a well-known password.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password12", "password123", "password1234", "1234567890", "12345678910",
        "qwertyuiop", "qwerty1234", "qwerty12345", "iloveyou12", "letmein123", "welcome123", "abcdefghij",
        "abc1234567", "0123456789", "passw0rd12", "administrator", "changeme123", "football12",
    };

    /// <summary>Every rule <paramref name="password"/> breaks; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(string? password, string email, string? displayName)
    {
        var reasons = new List<string>();
        password ??= "";
        if (password.Length < MinLength)
        {
            reasons.Add($"Use at least {MinLength} characters.");
        }

        if (password.Length > InputLimits.PasswordMax)
        {
            reasons.Add($"Use at most {InputLimits.PasswordMax} characters.");
        }

        var lower = password.ToLowerInvariant();
        var localPart = email.Split('@')[0];
        if (lower.Length > 0 && (lower == email || (localPart.Length >= 3 && lower.Contains(localPart, StringComparison.Ordinal))))
        {
            reasons.Add("Do not use your email address.");
        }

        if (!string.IsNullOrWhiteSpace(displayName) && displayName.Trim().Length >= 3
            && lower.Contains(displayName.Trim().ToLowerInvariant(), StringComparison.Ordinal))
        {
            reasons.Add("Do not use your name.");
        }

        if (password.Length > 0 && password.Distinct().Count() < 4)
        {
            reasons.Add("Use more different characters.");
        }

        if (Common.Contains(password))
        {
            reasons.Add("This password is too common.");
        }

        return reasons;
    }
}
