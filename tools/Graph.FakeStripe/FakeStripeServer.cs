using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Graph.FakeStripe;

/// <summary>
/// The fake Stripe on real HTTP on loopback, for tests: <c>await using var stripe = await
/// FakeStripeServer.StartAsync();</c> then point the Stripe client at <see cref="BaseAddress"/>.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeStripeServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Store = app.Services.GetRequiredService<FakeStripeStore>();
    }

    /// <summary>Where the API answers, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The fake's objects and request counters.</summary>
    public FakeStripeStore Store { get; }

    /// <summary>Builds the fake's web application (also what <c>Program.cs</c> runs).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddFakeStripe(builder.Configuration);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapFakeStripe();
        return app;
    }

    /// <summary>Starts the fake on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<FakeStripeServer> StartAsync(int port = 0, string? webhookUrl = null, string? webhookSecret = null)
    {
        var args = new List<string> { $"--urls=http://127.0.0.1:{port}" };
        if (webhookUrl is not null) args.Add($"--FakeStripe:WebhookUrl={webhookUrl}");
        if (webhookSecret is not null) args.Add($"--FakeStripe:WebhookSecret={webhookSecret}");
        var app = Build([.. args], b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeStripeServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Saves <paramref name="testCard"/> (e.g. <c>pm_card_visa</c>) for a new customer through the fake's own HTTP API
    /// (<c>POST /v1/customers</c>, then <c>POST /v1/payment_methods/{id}/attach</c>), as a client would; returns the
    /// customer's id and the new PaymentMethod's id, usable only with that customer.
    /// </summary>
    public async Task<(string CustomerId, string PaymentMethodId)> SaveCardForNewCustomerAsync(string testCard, string email, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sk_test_fake_stripe_helper");
        var customer = await PostFormAsync(http, "v1/customers", [new("email", email)], cancellationToken).ConfigureAwait(false);
        var customerId = (string)customer["id"]!;
        var method = await PostFormAsync(http, $"v1/payment_methods/{Uri.EscapeDataString(testCard)}/attach", [new("customer", customerId)], cancellationToken).ConfigureAwait(false);
        return (customerId, (string)method["id"]!);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> PostFormAsync(
        HttpClient http, string path, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? System.Text.Json.Nodes.JsonNode.Parse(body)!
            : throw new InvalidOperationException($"The fake Stripe refused POST {path} ({(int)response.StatusCode}): {body}");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
