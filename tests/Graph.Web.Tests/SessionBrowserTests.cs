using FluentAssertions;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The storefront's session in the browser: the access token in memory, the refresh token in localStorage, a new
/// access token after a reload or a 401, and sign-out ending the session on the server.
/// </summary>
[Collection(StorefrontSystemCollection.Name)]
public sealed class SessionBrowserTests(StorefrontSystemFixture product) : IAsyncLifetime
{
    private const string RefreshTokenKey = "graph.refreshToken";
    private Chromium? _chromium;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_Reload_Should_Keep_The_Customer_Signed_In_And_Sign_Out_Should_Revoke_The_Refresh_Token()
    {
        await using var context = await _chromium!.NewContextAsync(product.Web.BaseAddress);
        var page = await context.NewPageAsync();
        // A demo customer (subgraphs/Users/DemoData) through the sign-in form.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("alice@graph.local");
        await page.GetByLabel("Password").FillAsync("graph-customer-demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("nav")).ToContainTextAsync("Alice");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        // The access token lived only in the page's memory: after a reload the stored refresh token gets a new one.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your orders" })).ToBeVisibleAsync();
        var refreshToken = await page.EvaluateAsync<string>($"() => localStorage.getItem('{RefreshTokenKey}')");
        refreshToken.Should().NotBeNullOrEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        (await page.EvaluateAsync<string?>($"() => localStorage.getItem('{RefreshTokenKey}')")).Should().BeNull();
        using var reuse = await product.Gateway.PostAsync(
            "mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken errors { __typename } } }", new { t = refreshToken });
        reuse.Get("refreshToken", "accessToken").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, reuse.ToString());
        reuse.Get("refreshToken", "errors")[0].GetProperty("__typename").GetString().Should().Be("InvalidRefreshTokenError");
    }

    [Fact]
    public async Task A_401_Should_Refresh_The_Access_Token_Once_And_Retry_The_Request()
    {
        await using var context = await _chromium!.NewContextAsync(product.Web.BaseAddress);
        var page = await context.NewPageAsync();
        await StorefrontSteps.SignUpAsync(page, "Session Tester");
        var refreshes = 0;
        page.Request += (_, request) =>
        {
            if (request.PostData?.Contains("mutation RefreshToken", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref refreshes);
            }
        };
        // The gateway's answer to an expired access token, once, for the order history's request.
        var refused = 0;
        await page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("query MyOrders", StringComparison.Ordinal) == true && Interlocked.Exchange(ref refused, 1) == 0)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 401,
                    ContentType = "application/graphql-response+json",
                    Body = """{"errors":[{"message":"The access token has expired.","extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}]}""",
                });
                return;
            }

            await route.ContinueAsync();
        });

        await page.GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your orders" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No orders yet.")).ToBeVisibleAsync();
        refused.Should().Be(1);
        refreshes.Should().Be(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
