using Microsoft.Playwright;

namespace Graph.Web.Tests;

/// <summary>What a customer does in the storefront, step by step, as the browser tests drive it.</summary>
public static class StorefrontSteps
{
    public const string Password = "Storefront-test-2026!";

    /// <summary>Signs up a new customer from the sign-up page and waits until the page has moved on.</summary>
    public static async Task SignUpAsync(IPage page, string name)
    {
        await page.GotoAsync("/signup");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Email").FillAsync($"customer-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        // The router moves on with pushState (no load event to wait for): poll the address itself.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signup"));
    }

    /// <summary>Searches from the header and waits for results.</summary>
    public static async Task SearchAsync(IPage page, string text)
    {
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search products" });
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync("products");
        await Assertions.Expect(page.Locator(".product-card").First).ToBeVisibleAsync();
    }

    /// <summary>Opens the first in-stock result and waits for its reviews section.</summary>
    public static async Task OpenFirstInStockProductAsync(IPage page)
    {
        await page.Locator(".product-card").Filter(new() { HasNotText = "Out of stock" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToBeEnabledAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reviews" })).ToBeVisibleAsync();
    }

    public static async Task AddToCartAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to your cart");
    }

    /// <summary>From the cart to the checkout page, with an address and the fake Stripe's Visa test card saved.</summary>
    public static async Task PrepareCheckoutAsync(IPage page, Func<string, Task> shoot)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "View cart" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("cart-total")).ToBeVisibleAsync();
        await shoot("4-cart");
        await page.GetByRole(AriaRole.Link, new() { Name = "Checkout" }).ClickAsync();
        await page.GetByLabel("Recipient").FillAsync("Test Customer");
        await page.GetByLabel("Street").FillAsync("1 Test Street");
        await page.GetByLabel("City").FillAsync("Springfield");
        await page.GetByLabel("Postal code").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "1 Test Street" })).ToBeCheckedAsync();
        await page.GetByLabel("Test payment method").SelectOptionAsync("pm_card_visa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "4242" })).ToBeCheckedAsync();
        await shoot("5-checkout");
    }
}
