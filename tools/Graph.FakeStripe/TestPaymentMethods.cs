namespace Graph.FakeStripe;

/// <summary>What a confirmed charge on one of Stripe's test payment methods does.</summary>
internal enum TestCardOutcome
{
    Succeeds,
    Declines,
    RequiresAuthentication,
}

/// <summary>
/// The test payment methods the fake knows, named as in Stripe's testing guide: <c>pm_card_visa</c> and
/// <c>pm_card_mastercard</c> succeed, <c>pm_card_chargeDeclined</c> is declined (<c>card_declined</c> /
/// <c>generic_decline</c>), <c>pm_card_authenticationRequired</c> needs 3-D Secure on every payment.
/// </summary>
internal static class TestPaymentMethods
{
    private static readonly Dictionary<string, (TestCardOutcome Outcome, string Brand, string Last4)> Known = new(StringComparer.Ordinal)
    {
        ["pm_card_visa"] = (TestCardOutcome.Succeeds, "visa", "4242"),
        ["pm_card_mastercard"] = (TestCardOutcome.Succeeds, "mastercard", "4444"),
        ["pm_card_chargeDeclined"] = (TestCardOutcome.Declines, "visa", "0002"),
        ["pm_card_authenticationRequired"] = (TestCardOutcome.RequiresAuthentication, "visa", "3184"),
    };

    /// <summary>The card's brand and last four digits, as a PaymentMethod's <c>card</c> shows them.</summary>
    public static bool TryGetCard(string id, out string brand, out string last4)
    {
        var found = Known.TryGetValue(id, out var card);
        (brand, last4) = (card.Brand ?? "", card.Last4 ?? "");
        return found;
    }

    public static bool TryGet(string id, out TestCardOutcome outcome)
    {
        var found = Known.TryGetValue(id, out var card);
        outcome = card.Outcome;
        return found;
    }
}
