using System.Net.Mail;

namespace Graph.Users.Validation;

/// <summary>Email normalization (one account per mailbox whatever the case or surrounding spaces) and validation.</summary>
public static class EmailAddress
{
    public static string Normalize(string? value) => (value ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string normalized)
    {
        var at = normalized.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != normalized.LastIndexOf('@') || at > 64 || at == normalized.Length - 1)
        {
            return false;
        }

        if (normalized.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or ',' or ';' or ':' or '"' or '\\' or '[' or ']'))
        {
            return false;
        }

        var domain = normalized[(at + 1)..];
        if (domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        // MailAddress also accepts display-name forms ("A <a@b>"), hence the comparison with the input.
        return MailAddress.TryCreate(normalized, out var parsed) && parsed.Address == normalized;
    }
}
