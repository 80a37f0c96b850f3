using FluentAssertions;
using Graph.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The storefront in headless Chromium against the running product. Screenshots of the main pages go to <c>TestResults/screenshots/</c>.
/// </summary>
[Collection(StorefrontSystemCollection.Name)]
public sealed class StorefrontBrowserTests(StorefrontSystemFixture product) : IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _chromium = await Chromium.LaunchAsync();
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_New_Customer_Should_Sign_Up_Search_Buy_And_See_The_Order_Turn_Paid_Without_Reloading()
    {
        await using var context = await _chromium!.NewContextAsync(product.Web.BaseAddress);
        var page = await context.NewPageAsync();
        var unexpected = new List<string>();
        page.PageError += (_, error) => unexpected.Add(error);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Shop by category" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".category-card").First).ToBeVisibleAsync();
        await ShootAsync(page, "1-categories");

        // A new customer, signed in at once; a search from the header; the first in-stock result with its reviews.
        await StorefrontSteps.SignUpAsync(page, "Browser Buyer");
        await StorefrontSteps.SearchAsync(page, "laptop");
        await ShootAsync(page, "2-search");
        await StorefrontSteps.OpenFirstInStockProductAsync(page);
        await ShootAsync(page, "3-product");
        await StorefrontSteps.AddToCartAsync(page);
        await StorefrontSteps.PrepareCheckoutAsync(page, name => ShootAsync(page, name));

        product.Charges.Close();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
            var status = page.GetByTestId("order-status");
            await Assertions.Expect(status).ToHaveTextAsync("PENDING");
            await ShootAsync(page, "6-order-pending");
            // A marker on the window: it survives only if the page is not reloaded.
            await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        }
        finally
        {
            product.Charges.Open();
        }

        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("PAID", new() { Timeout = 30_000 });
        (await page.EvaluateAsync<bool>("() => window.__sameDocument === true")).Should().BeTrue("the status changed without a reload");
        await ShootAsync(page, "7-order-paid");

        await page.GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();
        await Assertions.Expect(page.Locator(".status-paid")).ToHaveCountAsync(1);
        await ShootAsync(page, "8-orders");
        unexpected.Should().BeEmpty();
    }

    private static Task ShootAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
