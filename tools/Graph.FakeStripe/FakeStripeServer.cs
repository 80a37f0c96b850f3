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

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
