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

        // Sign up: a new customer, signed in at once.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Browser Buyer");
        await page.GetByLabel("Email").FillAsync($"buyer-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("Storefront-test-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signup", StringComparison.Ordinal));

        // Search from the header.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).FillAsync("laptop");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync("products");
        await Assertions.Expect(page.Locator(".product-card").First).ToBeVisibleAsync();
        await ShootAsync(page, "2-search");

        // The first in-stock result's page, with its reviews and recommendations.
        await page.Locator(".product-card").Filter(new() { HasNotText = "Out of stock" }).First.ClickAsync();
        var addToCart = page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" });
        await Assertions.Expect(addToCart).ToBeEnabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reviews" })).ToBeVisibleAsync();
        await ShootAsync(page, "3-product");
        await addToCart.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to your cart");

        await page.GetByRole(AriaRole.Link, new() { Name = "View cart" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("cart-total")).ToBeVisibleAsync();
        await ShootAsync(page, "4-cart");
        await page.GetByRole(AriaRole.Link, new() { Name = "Checkout" }).ClickAsync();

        // Checkout: an address and the fake Stripe's Visa test card, then the order.
        await page.GetByLabel("Recipient").FillAsync("Browser Buyer");
        await page.GetByLabel("Street").FillAsync("1 Test Street");
        await page.GetByLabel("City").FillAsync("Springfield");
        await page.GetByLabel("Postal code").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "1 Test Street" })).ToBeCheckedAsync();
        await page.GetByLabel("Test payment method").SelectOptionAsync("pm_card_visa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "4242" })).ToBeCheckedAsync();
        await ShootAsync(page, "5-checkout");

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
