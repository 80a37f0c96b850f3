namespace Graph.Users.Validation;

/// <summary>
/// Detects primary account numbers in free text: 13 or more digits (card numbers have 13 to 19), possibly grouped by spaces or dashes. Anything that
/// looks like one is refused, whether or not its Luhn check digit is right, so no card number is ever stored.
/// </summary>
public static class CardNumbers
{
    private const int MinDigits = 13;

    public static bool LooksLikeCardNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c))
            {
                run++;
                if (run >= MinDigits)
                {
                    return true;
                }
            }
            else if ((c is ' ' or '-' or '.') && run > 0 && i + 1 < value.Length && char.IsAsciiDigit(value[i + 1]))
            {
                // a separator inside a digit group keeps the run going ("4242 4242 4242 4242")
            }
            else
            {
                run = 0;
            }
        }

        return false;
    }
}
