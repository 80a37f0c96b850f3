using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Graph.Benchmarks.Engine;
using Graph.Testing;
using Graph.Testing.Services;
using Graph.Testing.Subscriptions;

namespace Graph.Benchmarks.Checkout;

/// <summary>
/// <c>./graph bench checkout</c>: checkout-to-PAID latency through the whole saga (issue 6: "from mutation to
/// subscription event"; goal p99 under 100 ms on loopback). Starts the product as the end-to-end tests do
/// (<see cref="CheckoutSystem"/>), warms up, then places N orders one after the other as one signed-in customer and,
/// for each, measures from sending <c>checkout</c> to receiving PAID on an SSE <c>orderStatusChanged</c> subscription
/// opened as soon as <c>checkout</c> answered (the subscription sends the current status first, so a PAID that came
/// earlier is not missed). Also reported: the same PAID seen on a <c>myOrderUpdates</c> SSE subscription open all
/// along (no subscription set-up in the way), the <c>checkout</c> mutation alone, and where the time goes per saga hop
/// (<see cref="SagaHops"/>). Writes section "Checkout to PAID" of docs/benchmarks.md.
/// Options: <see cref="Command"/>.
/// </summary>
internal static class CheckoutBenchmark
{
    private const string Heading = "## Checkout to PAID (saga latency)";
    private const string CustomerEmail = "alice@graph.local";
    private const string CustomerPassword = "graph-customer-demo-2026";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static readonly BenchmarkOption Orders = BenchmarkOption.Integer("--orders", "N", 200, "measured orders");
    private static readonly BenchmarkOption Warmup = BenchmarkOption.Integer("--warmup", "W", 30, "orders before measuring");
    private static readonly BenchmarkOption Set = BenchmarkOption.Text(
        "--set", "KEY=VALUE", "configuration given to every service, e.g. Kafka:Consumer:FetchWaitMax=00:00:00.500 (repeatable)", repeatable: true);

    public static BenchmarkCommand Command { get; } = new(
        "checkout", "Checkout-to-PAID latency through the whole saga, seen on SSE subscriptions.",
        [Orders, Warmup, Set, BenchmarkOption.NoDoc], RunAsync);

    public static async Task<int> RunAsync(string[] args)
    {
        var orders = Orders.ReadInteger(args);
        var warmup = Warmup.ReadInteger(args);
        var settings = Settings(args);
        var started = DateTime.UtcNow;
        Console.Error.WriteLine($"{MachineInfo.Describe()}; load {MachineInfo.LoadAverage()}");

        await using var system = await CheckoutSystem.StartAsync(settings);
        var admin = await SignInAsync(system, "admin@graph.local", "graph-admin-demo-2026");
        var token = await SignInAsync(system, CustomerEmail, CustomerPassword);
        var product = await FirstProductAsync(system);
        await RestockAsync(system, admin, product, orders + warmup + 10);

        var seen = new ConcurrentDictionary<Guid, long>();
        await using var allOrders = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, "subscription { myOrderUpdates { orderId status } }", null, token, Wait);
        using var stopReading = new CancellationTokenSource();
        var reading = RecordPaidAsync(allOrders, seen, stopReading.Token);

        Console.Error.WriteLine($"warm-up: {warmup} orders");
        for (var i = 0; i < warmup; i++)
        {
            await PlaceAsync(system, token, product, seen);
        }

        var samples = new List<Sample>(orders);
        for (var i = 0; i < orders; i++)
        {
            samples.Add(await PlaceAsync(system, token, product, seen));
            if ((i + 1) % 50 == 0)
            {
                Console.Error.WriteLine($"{i + 1} of {orders} orders");
            }
        }

        await stopReading.CancelAsync();
        await reading;
        var hops = await SagaHops.MeasureAsync(system.ConnectionStrings, samples.Select(s => s.OrderId).ToHashSet());
        var report = new CheckoutReport(started, orders, warmup, settings, samples, hops, MachineInfo.Describe(), MachineInfo.LoadAverage());
        var markdown = report.ToMarkdown(Heading);
        MarkdownSections.WriteBenchmark(args, Heading, markdown);
        Console.WriteLine(markdown);
        return 0;
    }

    /// <summary>One order: add to cart, then the measured checkout and the wait for PAID on its subscription.</summary>
    private static async Task<Sample> PlaceAsync(CheckoutSystem system, string token, Guid product, ConcurrentDictionary<Guid, long> seen)
    {
        using (var added = await system.Orders.PostAsync(
            "mutation($input: CartItemInput!) { addToCart(input: $input) { errors { __typename } } }",
            new { input = new { kind = "PRODUCT", itemId = product, quantity = 1 } }, token))
        {
            Require(added, "addToCart");
        }

        var start = Stopwatch.GetTimestamp();
        Guid orderId;
        using (var checkout = await system.Orders.PostAsync(
            "mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } errors { __typename } } }",
            new { input = new { paymentMethodId = "pm_card_visa", shippingAddressId = "bench-address", idempotencyKey = Guid.NewGuid().ToString() } }, token))
        {
            Require(checkout, "checkout");
            orderId = checkout.Get("checkout", "order", "id").GetGuid();
        }

        var answered = Stopwatch.GetTimestamp();
        await using (var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, "subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }", new { id = orderId }, token, Wait))
        {
            while (true)
            {
                var status = (await subscription.NextAsync()).GetProperty("data").GetProperty("orderStatusChanged").GetProperty("status").GetString();
                if (status == "PAID")
                {
                    break;
                }

                if (status != "PENDING")
                {
                    throw new InvalidOperationException($"Order {orderId} ended {status}, not PAID.");
                }
            }
        }

        var paid = Stopwatch.GetTimestamp();
        var onAllOrders = await WaitForAsync(seen, orderId);
        return new Sample(
            orderId,
            Stopwatch.GetElapsedTime(start, answered).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start, paid).TotalMilliseconds,
            Stopwatch.GetElapsedTime(start, onAllOrders).TotalMilliseconds);
    }

    private static async Task RecordPaidAsync(SseSubscription subscription, ConcurrentDictionary<Guid, long> seen, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            JsonElement next;
            try
            {
                next = await subscription.NextAsync().WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (TimeoutException)
            {
                continue; // idle between runs
            }

            var update = next.GetProperty("data").GetProperty("myOrderUpdates");
            if (update.GetProperty("status").GetString() == "PAID")
            {
                seen.TryAdd(update.GetProperty("orderId").GetGuid(), Stopwatch.GetTimestamp());
            }
        }
    }

    private static async Task<long> WaitForAsync(ConcurrentDictionary<Guid, long> seen, Guid orderId)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Wait.TotalSeconds * Stopwatch.Frequency);
        while (!seen.TryGetValue(orderId, out _))
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"myOrderUpdates never carried PAID for order {orderId}.");
            }

            await Task.Delay(1);
        }

        return seen[orderId];
    }

    private static async Task<string> SignInAsync(CheckoutSystem system, string email, string password)
    {
        using var response = await system.Users.PostAsync(
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }", new { input = new { email, password } });
        Require(response, "signIn");
        return response.Get("signIn", "accessToken").GetString()!;
    }

    private static async Task<Guid> FirstProductAsync(CheckoutSystem system)
    {
        using var response = await system.Catalog.PostAsync("{ products(first: 1) { nodes { id } } }");
        Require(response, "products");
        return response.Get("products", "nodes")[0].GetProperty("id").GetGuid();
    }

    private static async Task RestockAsync(CheckoutSystem system, string admin, Guid product, int units)
    {
        using var response = await system.Catalog.PostAsync(
            "mutation($input: AdjustInventoryInput!) { adjustInventory(input: $input) { errors { __typename } } }",
            new { input = new { productId = product, onHand = units } }, admin);
        Require(response, "adjustInventory");
    }

    private static void Require(GraphQLResponse response, string field)
    {
        if (response.Errors.Count > 0 || (response.Get(field).ValueKind == JsonValueKind.Object
            && response.Get(field).TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0))
        {
            throw new InvalidOperationException($"{field} failed: {response.Body}");
        }
    }

    private static Dictionary<string, string?> Settings(string[] args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in Set.ReadAll(args))
        {
            if (setting.Split('=', 2) is [var key, var value])
            {
                settings[key] = value;
            }
        }

        return settings;
    }

}

/// <summary>One measured order: milliseconds from sending <c>checkout</c> to its answer and to PAID on each subscription.</summary>
internal sealed record Sample(Guid OrderId, double CheckoutMs, double PaidOnOrderStatusMs, double PaidOnMyOrdersMs);
