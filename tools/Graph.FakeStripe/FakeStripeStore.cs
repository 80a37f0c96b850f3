using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Graph.FakeStripe;

/// <summary>
/// The fake's objects in memory (customers, PaymentIntents, refunds) and the counters tests read. One lock: the fake
/// serves tests and a local stack, not load.
/// </summary>
public sealed class FakeStripeStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> customers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> paymentIntents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> refunds = new(StringComparer.Ordinal);

    // PaymentMethods attached to a customer: id -> the customer and the test card it was made from.
    private readonly Dictionary<string, (string Customer, string TestCard)> attachedPaymentMethods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> requestCounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> paymentIntentsByOrder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> refundsByIntent = new(StringComparer.Ordinal);
    private int paymentIntentsCreated;
    private int refundsCreated;
    private readonly HashSet<string> deletedCustomers = new(StringComparer.Ordinal);
    private int customersCreated;

    /// <summary>PaymentIntents created (idempotent replays not counted): one per real charge attempt.</summary>
    public int PaymentIntentsCreated => Volatile.Read(ref paymentIntentsCreated);

    /// <summary>Refunds created (idempotent replays not counted).</summary>
    public int RefundsCreated => Volatile.Read(ref refundsCreated);

    /// <summary>Customers created (idempotent replays not counted).</summary>
    public int CustomersCreated => Volatile.Read(ref customersCreated);

    /// <summary>PaymentIntents created with <c>metadata[order_id]</c> = <paramref name="orderId"/> (replays not counted).</summary>
    public int PaymentIntentsCreatedFor(string orderId) => paymentIntentsByOrder.GetValueOrDefault(orderId);

    /// <summary>Refunds created for one PaymentIntent (replays not counted).</summary>
    public int RefundsCreatedFor(string paymentIntentId) => refundsByIntent.GetValueOrDefault(paymentIntentId);

    /// <summary>How many requests reached <paramref name="method"/> <paramref name="path"/> (replays included).</summary>
    public int RequestCount(string method, string path) => requestCounts.GetValueOrDefault($"{method} {path}");

    internal void CountRequest(string method, string path) => requestCounts.AddOrUpdate($"{method} {path}", 1, (_, n) => n + 1);

    internal JsonObject CreateCustomer(IReadOnlyDictionary<string, string> form)
    {
        var customer = new JsonObject
        {
            ["id"] = NewId("cus"),
            ["object"] = "customer",
            ["created"] = Now(),
            ["email"] = form.GetValueOrDefault("email"),
            ["name"] = form.GetValueOrDefault("name"),
            ["livemode"] = false,
            ["metadata"] = Metadata(form),
        };
        lock (gate)
        {
            customers[(string)customer["id"]!] = customer;
        }

        Interlocked.Increment(ref customersCreated);
        return (JsonObject)customer.DeepClone();
    }

    /// <summary>Whether the customer was deleted (<c>DELETE /v1/customers/{id}</c>).</summary>
    public bool IsCustomerDeleted(string id)
    {
        lock (gate)
        {
            return deletedCustomers.Contains(id);
        }
    }

    /// <summary>
    /// Deletes a customer, as Stripe's <c>DELETE /v1/customers/{id}</c>: the customer and the PaymentMethods attached
    /// to it become unusable, and the answer is the deleted stub. An unknown or already deleted customer is a 404
    /// <c>resource_missing</c>.
    /// </summary>
    internal JsonObject DeleteCustomer(string id)
    {
        lock (gate)
        {
            if (!customers.Remove(id))
            {
                throw new StripeErrorException(StripeError.NoSuch("customer", id, "id") with { StatusCode = 404 });
            }

            deletedCustomers.Add(id);
            foreach (var paymentMethod in attachedPaymentMethods.Where(a => a.Value.Customer == id).Select(a => a.Key).ToList())
            {
                attachedPaymentMethods.Remove(paymentMethod);
            }
        }

        return DeletedCustomer(id);
    }

    /// <summary>A customer, as Stripe's <c>GET /v1/customers/{id}</c> (the deleted stub for a deleted one).</summary>
    internal JsonObject GetCustomer(string id)
    {
        lock (gate)
        {
            if (customers.TryGetValue(id, out var customer))
            {
                return (JsonObject)customer.DeepClone();
            }

            return deletedCustomers.Contains(id)
                ? DeletedCustomer(id)
                : throw new StripeErrorException(StripeError.NoSuch("customer", id, "id") with { StatusCode = 404 });
        }
    }

    private static JsonObject DeletedCustomer(string id) => new() { ["id"] = id, ["object"] = "customer", ["deleted"] = true };

    /// <summary>
    /// Attaches a PaymentMethod to a customer, as Stripe's <c>POST /v1/payment_methods/{id}/attach</c>. Attaching a
    /// test card (<c>pm_card_visa</c>...) makes a new PaymentMethod (<c>pm_...</c>) of that card, as Stripe does; one
    /// already attached to another customer is refused.
    /// </summary>
    internal JsonObject AttachPaymentMethod(string id, IReadOnlyDictionary<string, string> form)
    {
        var customerId = form.GetValueOrDefault("customer") ?? throw new StripeErrorException(StripeError.Missing("customer"));
        lock (gate)
        {
            if (!customers.ContainsKey(customerId))
            {
                throw new StripeErrorException(StripeError.NoSuch("customer", customerId, "customer"));
            }

            string testCard;
            if (attachedPaymentMethods.TryGetValue(id, out var attached))
            {
                if (attached.Customer != customerId)
                {
                    throw new StripeErrorException(new StripeError(
                        400, "invalid_request_error", null, "The payment method you provided has already been attached to a customer.", "payment_method"));
                }

                testCard = attached.TestCard;
            }
            else if (TestPaymentMethods.TryGet(id, out _))
            {
                testCard = id;
                id = NewId("pm");
                attachedPaymentMethods[id] = (customerId, testCard);
            }
            else
            {
                throw new StripeErrorException(StripeError.NoSuch("PaymentMethod", id, "payment_method"));
            }

            TestPaymentMethods.TryGetCard(testCard, out var brand, out var last4);
            return new JsonObject
            {
                ["id"] = id,
                ["object"] = "payment_method",
                ["type"] = "card",
                ["customer"] = customerId,
                ["card"] = new JsonObject { ["brand"] = brand, ["last4"] = last4 },
                ["created"] = Now(),
                ["livemode"] = false,
            };
        }
    }

    /// <summary>
    /// The test card behind <paramref name="paymentMethod"/> (a test card itself, or a PaymentMethod attached to a
    /// customer). An attached PaymentMethod is usable only with its own customer: Stripe refuses any other with a 400
    /// <c>invalid_request_error</c> on <c>payment_method</c>, before any PaymentIntent exists.
    /// </summary>
    private string ResolvePaymentMethod(string paymentMethod, string? customerId)
    {
        lock (gate)
        {
            if (attachedPaymentMethods.TryGetValue(paymentMethod, out var attached))
            {
                if (attached.Customer != customerId)
                {
                    throw new StripeErrorException(new StripeError(
                        400, "invalid_request_error", null,
                        customerId is null
                            ? $"The PaymentMethod {paymentMethod} is attached to a Customer; pass that Customer to use it."
                            : $"The PaymentMethod {paymentMethod} does not belong to the Customer {customerId}. Please use the Customer that the PaymentMethod is attached to.",
                        "payment_method"));
                }

                return attached.TestCard;
            }
        }

        return TestPaymentMethods.TryGet(paymentMethod, out _)
            ? paymentMethod
            : throw new StripeErrorException(StripeError.NoSuch("PaymentMethod", paymentMethod, "payment_method"));
    }

    /// <summary>
    /// Creates a PaymentIntent; with <c>confirm=true</c> it is confirmed at once as Stripe does, and a failed
    /// confirmation is an error (HTTP 402) carrying the PaymentIntent. Returns the PaymentIntent and the webhook
    /// event type its outcome produces, if any.
    /// </summary>
    internal (JsonObject PaymentIntent, string? EventType) CreatePaymentIntent(IReadOnlyDictionary<string, string> form)
    {
        var amountText = form.GetValueOrDefault("amount") ?? throw new StripeErrorException(StripeError.Missing("amount"));
        if (!long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 50)
        {
            throw new StripeErrorException(StripeError.Invalid("amount", "Amount must be at least 50 cents (a positive integer in the smallest currency unit)."));
        }

        var currency = form.GetValueOrDefault("currency") ?? throw new StripeErrorException(StripeError.Missing("currency"));
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
        {
            throw new StripeErrorException(StripeError.Invalid("currency", $"Invalid currency: {currency}."));
        }

        var customerId = form.GetValueOrDefault("customer");
        var paymentMethod = form.GetValueOrDefault("payment_method");
        var confirm = IsTrue(form, "confirm");
        var offSession = IsTrue(form, "off_session");
        lock (gate)
        {
            if (customerId is not null && !customers.ContainsKey(customerId))
            {
                throw new StripeErrorException(StripeError.NoSuch("customer", customerId, "customer"));
            }
        }

        var testCard = paymentMethod is null ? null : ResolvePaymentMethod(paymentMethod, customerId);

        if (offSession && !confirm)
        {
            throw new StripeErrorException(StripeError.Invalid("off_session", "off_session can only be used when confirm=true."));
        }

        var intent = new JsonObject
        {
            ["id"] = NewId("pi"),
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["amount_received"] = 0,
            ["currency"] = currency,
            ["customer"] = customerId,
            ["payment_method"] = paymentMethod,
            ["status"] = paymentMethod is null ? "requires_payment_method" : "requires_confirmation",
            ["created"] = Now(),
            ["livemode"] = false,
            ["latest_charge"] = null,
            ["last_payment_error"] = null,
            ["next_action"] = null,
            ["metadata"] = Metadata(form),
        };
        intent["client_secret"] = $"{intent["id"]}_secret_{RandomToken(12)}";
        Interlocked.Increment(ref paymentIntentsCreated);
        if (form.GetValueOrDefault("metadata[order_id]") is { } orderId)
        {
            paymentIntentsByOrder.AddOrUpdate(orderId, 1, (_, n) => n + 1);
        }

        StripeError? failure = null;
        string? eventType = null;
        if (confirm)
        {
            if (paymentMethod is null)
            {
                throw new StripeErrorException(StripeError.Missing("payment_method"));
            }

            (failure, eventType) = Confirm(intent, paymentMethod, testCard!, offSession);
        }

        lock (gate)
        {
            paymentIntents[(string)intent["id"]!] = intent;
        }

        if (failure is not null)
        {
            throw new StripeErrorException(failure with { PaymentIntent = (JsonObject)intent.DeepClone() });
        }

        return ((JsonObject)intent.DeepClone(), eventType);
    }

    /// <summary>Confirms per the test card; on a failure returns Stripe's 402 error (the intent keeps the error).</summary>
    private static (StripeError? Failure, string? EventType) Confirm(JsonObject intent, string paymentMethod, string testCard, bool offSession)
    {
        TestPaymentMethods.TryGet(testCard, out var outcome);
        switch (outcome)
        {
            case TestCardOutcome.Succeeds:
                intent["status"] = "succeeded";
                intent["amount_received"] = intent["amount"]!.DeepClone();
                intent["latest_charge"] = NewId("ch");
                return (null, "payment_intent.succeeded");
            case TestCardOutcome.Declines:
            {
                var error = new StripeError(402, "card_error", "card_declined", "Your card was declined.", DeclineCode: "generic_decline");
                intent["status"] = "requires_payment_method";
                intent["last_payment_error"] = LastPaymentError(error, paymentMethod);
                return (error, "payment_intent.payment_failed");
            }

            default:
                if (!offSession)
                {
                    // On-session, the customer is there to authenticate: Stripe asks for the action.
                    intent["status"] = "requires_action";
                    intent["next_action"] = new JsonObject { ["type"] = "use_stripe_sdk" };
                    return (null, null);
                }

                // Off-session there is nobody to authenticate: the confirmation fails (Stripe's "save and reuse" guide).
                var authError = new StripeError(
                    402, "card_error", "authentication_required",
                    "Your card was declined. This transaction requires authentication.", DeclineCode: "authentication_required");
                intent["status"] = "requires_payment_method";
                intent["last_payment_error"] = LastPaymentError(authError, paymentMethod);
                return (authError, "payment_intent.payment_failed");
        }
    }

    internal JsonObject GetPaymentIntent(string id)
    {
        lock (gate)
        {
            return paymentIntents.TryGetValue(id, out var intent)
                ? (JsonObject)intent.DeepClone()
                : throw new StripeErrorException(StripeError.NoSuch("payment_intent", id, "intent"));
        }
    }

    /// <summary>Refunds a succeeded PaymentIntent, fully or partly (<c>amount</c>), as Stripe's <c>POST /v1/refunds</c>.</summary>
    internal (JsonObject Refund, JsonObject PaymentIntent) CreateRefund(IReadOnlyDictionary<string, string> form)
    {
        var intentId = form.GetValueOrDefault("payment_intent") ?? throw new StripeErrorException(StripeError.Missing("payment_intent"));
        lock (gate)
        {
            if (!paymentIntents.TryGetValue(intentId, out var intent))
            {
                throw new StripeErrorException(StripeError.NoSuch("payment_intent", intentId, "payment_intent"));
            }

            if ((string?)intent["status"] != "succeeded")
            {
                throw new StripeErrorException(new StripeError(
                    400, "invalid_request_error", "payment_intent_unexpected_state",
                    $"This PaymentIntent ({intentId}) does not have a successful charge to refund.", "payment_intent"));
            }

            var received = (long)intent["amount_received"]!;
            var refunded = intent["amount_refunded"] is { } r ? (long)r : 0L;
            var remaining = received - refunded;
            var amount = remaining;
            if (form.GetValueOrDefault("amount") is { } amountText
                && (!long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount <= 0))
            {
                throw new StripeErrorException(StripeError.Invalid("amount", "Invalid positive integer"));
            }

            if (remaining == 0)
            {
                throw new StripeErrorException(new StripeError(
                    400, "invalid_request_error", "charge_already_refunded", $"Charge {intent["latest_charge"]} has already been refunded.", "payment_intent"));
            }

            if (amount > remaining)
            {
                throw new StripeErrorException(StripeError.Invalid(
                    "amount", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({remaining})."));
            }

            intent["amount_refunded"] = refunded + amount;
            var refund = new JsonObject
            {
                ["id"] = NewId("re"),
                ["object"] = "refund",
                ["amount"] = amount,
                ["currency"] = intent["currency"]!.DeepClone(),
                ["payment_intent"] = intentId,
                ["charge"] = intent["latest_charge"]!.DeepClone(),
                ["status"] = "succeeded",
                ["reason"] = form.GetValueOrDefault("reason"),
                ["created"] = Now(),
                ["metadata"] = Metadata(form),
            };
            refunds[(string)refund["id"]!] = refund;
            Interlocked.Increment(ref refundsCreated);
            refundsByIntent.AddOrUpdate(intentId, 1, (_, n) => n + 1);
            return ((JsonObject)refund.DeepClone(), (JsonObject)intent.DeepClone());
        }
    }

    private static JsonObject LastPaymentError(StripeError error, string paymentMethod) => new()
    {
        ["type"] = error.Type,
        ["code"] = error.Code,
        ["decline_code"] = error.DeclineCode,
        ["message"] = error.Message,
        ["payment_method"] = new JsonObject { ["id"] = paymentMethod, ["object"] = "payment_method" },
    };

    /// <summary><c>metadata[key]=value</c> form fields, as Stripe's nested form encoding.</summary>
    private static JsonObject Metadata(IReadOnlyDictionary<string, string> form)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in form)
        {
            if (key.StartsWith("metadata[", StringComparison.Ordinal) && key.EndsWith(']'))
            {
                metadata[key["metadata[".Length..^1]] = value;
            }
        }

        return metadata;
    }

    private static bool IsTrue(IReadOnlyDictionary<string, string> form, string key) =>
        form.TryGetValue(key, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    internal static string NewId(string prefix) => $"{prefix}_{RandomToken(24)}";

    private static string RandomToken(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
}
