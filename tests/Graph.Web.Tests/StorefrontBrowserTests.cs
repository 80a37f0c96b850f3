using FluentAssertions;
using Graph.Testing;
using Graph.Testing.Polling;
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

    [Fact]
    public async Task A_Product_Page_Should_Show_Its_Reviews_And_What_Customers_Also_Bought()
    {
        // Lumen Air 13, whose bundle the Recommendations demo data plants (subgraphs/Recommendations/README.md); the
        // demo data is seeded after start, so wait until the gateway answers with recommendations.
        const string lumenAir13 = "1d1e35ee-c01c-5b05-9d83-9df0df60dedb";
        await Eventually.UntilAsync(
            async () =>
            {
                using var response = await product.Gateway.PostAsync("query($id: ID!) { productById(id: $id) { recommended(first: 4) { id } } }", new { id = lumenAir13 });
                return response.Get("productById", "recommended").GetArrayLength();
            },
            count => count > 0,
            "the Recommendations demo data for Lumen Air 13");
        await using var context = await _chromium!.NewContextAsync(product.Web.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/products/{lumenAir13}");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lumen Air 13" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reviews" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers also bought" })).ToBeVisibleAsync();
        (await page.Locator(".product-card").CountAsync()).Should().BePositive();
        await ShootAsync(page, "3-product-recommendations");
    }

    [Fact]
    public async Task A_Visitor_Should_Browse_A_Category_Buy_A_Coupon_And_Narrow_A_Search_With_Filters()
    {
        await using var context = await _chromium!.NewContextAsync(product.Web.BaseAddress);
        var page = await context.NewPageAsync();

        // Categories, then a subcategory with coupons; a coupon goes into the visitor's anonymous cart.
        await page.GotoAsync("/");
        await page.Locator(".category-card", new() { HasText = "Experiences" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Restaurants" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Restaurants" })).ToBeVisibleAsync();
        var coupons = page.Locator(".coupon-card");
        await Assertions.Expect(coupons.First).ToBeVisibleAsync();
        await ShootAsync(page, "1b-category-coupons");
        await coupons.First.GetByRole(AriaRole.Button, new() { Name = "Add coupon to cart" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Coupon added to your cart.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");

        // A search, then the same search narrowed to a price range: fewer results, all within it.
        await StorefrontSteps.SearchAsync(page, "laptop");
        var results = page.GetByTestId("results");
        await Assertions.Expect(results).ToHaveAttributeAsync("aria-busy", "false");
        var all = await results.Locator(".product-card").CountAsync();
        await page.GetByLabel("Max price").FillAsync("800");
        await page.GetByLabel("In stock only").CheckAsync();
        await page.GetByLabel("Order").SelectOptionAsync("PRICE_ASC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("max=800", StringComparison.Ordinal));
        await Assertions.Expect(results).ToHaveAttributeAsync("aria-busy", "false");
        var prices = (await results.Locator(".product-card .price").AllTextContentsAsync()).Select(LastAmount).ToList();
        prices.Count.Should().BeInRange(1, all - 1, "the filters narrow the search");
        prices.Should().OnlyContain(p => p <= 800m).And.BeInAscendingOrder();
        await ShootAsync(page, "2b-search-filters");
    }

    /// <summary>The final price on a card: the last amount ("$858.99 $730.14" when discounted).</summary>
    private static decimal LastAmount(string text) =>
        decimal.Parse(text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimStart('$').Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture);

    private static Task ShootAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
}
