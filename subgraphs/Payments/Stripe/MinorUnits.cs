namespace Graph.Payments.Stripe;

/// <summary>Stripe amounts are integers in the currency's smallest unit: cents for USD, yen for JPY (zero-decimal).</summary>
public static class MinorUnits
{
    // Stripe's zero-decimal currencies (docs: "Zero-decimal currencies").
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    public static long FromAmount(decimal amount, string currency) =>
        (long)decimal.Round(ZeroDecimal.Contains(currency) ? amount : amount * 100m, 0, MidpointRounding.AwayFromZero);
}
