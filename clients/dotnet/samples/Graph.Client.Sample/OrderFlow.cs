using Graph.Client;

namespace Graph.Client.Sample;

/// <summary>
/// What a mobile app does to buy something: sign in (or sign up), save an address and a test card, put an available
/// product in the cart, check out, then follow the order's status live until it is final. Each step is one
/// generated <see cref="ShopClient"/> call; every status change is written to the output as <c>Order ID: STATUS</c>.
/// </summary>
public sealed class OrderFlow(ShopClient shop, SessionTokenProvider session, TextWriter output)
{
    /// <summary>Statuses the order does not leave without someone acting on it (shipping is an admin's job).</summary>
    public static readonly IReadOnlySet<OrderStatus> FinalStatuses = new HashSet<OrderStatus>
    {
        OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Rejected, OrderStatus.Cancelled,
    };

    /// <summary>A flow whose signed-in requests carry the session's token, refreshed through an anonymous client.</summary>
    public static OrderFlow Create(HttpClient http, Uri endpoint, TextWriter output)
    {
        var anonymous = new ShopClient(new GraphQLHttpClient(http, new GraphQLClientOptions { Endpoint = endpoint }));
        var session = new SessionTokenProvider(anonymous);
        var shop = new ShopClient(new GraphQLHttpClient(http, new GraphQLClientOptions { Endpoint = endpoint, TokenProvider = session }));
        return new OrderFlow(shop, session, output);
    }

    /// <summary>Runs the whole flow; returns the order's final status.</summary>
    public async Task<OrderStatus> RunAsync(string email, string password, CancellationToken cancellationToken)
    {
        await SignInOrUpAsync(email, password, cancellationToken);
        var addressId = await AddAddressAsync(cancellationToken);
        var card = await AddTestCardAsync(cancellationToken);
        await AddAvailableProductAsync(cancellationToken);
        var orderId = await CheckoutAsync(card, addressId, cancellationToken);
        return await FollowOrderAsync(orderId, cancellationToken);
    }

    private async Task SignInOrUpAsync(string email, string password, CancellationToken cancellationToken)
    {
        var signIn = (await shop.SignInAsync(new SignInInput { Email = email, Password = password }, cancellationToken)).EnsureData().SignIn;
        if (signIn is { AccessToken: { } access, RefreshToken: { } refresh })
        {
            session.SignedIn(access, refresh);
            await output.WriteLineAsync($"Signed in as {signIn.User?.DisplayName}.");
            return;
        }

        if (signIn.Errors?.Any(e => e.Code != "INVALID_CREDENTIALS") == true)
        {
            throw new GraphQLClientException($"Sign-in failed: {Describe(signIn.Errors.Select(e => (e.Code, e.Message)))}");
        }

        var signUp = (await shop.SignUpAsync(new SignUpInput { Email = email, Password = password, DisplayName = "Sample Shopper" }, cancellationToken))
            .EnsureData().SignUp;
        if (signUp is not { AccessToken: { } newAccess, RefreshToken: { } newRefresh })
        {
            throw new GraphQLClientException($"Sign-up failed: {Describe((signUp.Errors ?? []).Select(e => (e.Code, e.Message)))}");
        }

        session.SignedIn(newAccess, newRefresh);
        await output.WriteLineAsync($"Signed up as {signUp.User?.DisplayName} ({signUp.User?.Email}).");
    }

    private async Task<string> AddAddressAsync(CancellationToken cancellationToken)
    {
        var input = new AddAddressInput { Recipient = "Sample Shopper", Line1 = "1 Main Street", City = "Springfield", PostalCode = "12345", Country = "US" };
        var payload = (await shop.AddAddressAsync(input, cancellationToken)).EnsureData().AddAddress;
        var address = payload.Address ?? throw new GraphQLClientException($"Adding the address failed: {Describe((payload.Errors ?? []).Select(e => (e.Code, e.Message)))}");
        await output.WriteLineAsync($"Ships to {address.City}, {address.Country}.");
        return address.Id;
    }

    private async Task<string> AddTestCardAsync(CancellationToken cancellationToken)
    {
        // Stripe's test card: always succeeds. A real app gets the pm_ id from Stripe's SDK, never the card number.
        var input = new AddPaymentMethodInput
        {
            StripePaymentMethodId = "pm_card_visa", Brand = "visa", Last4 = "4242", ExpMonth = 12, ExpYear = DateTime.UtcNow.Year + 3,
        };
        var payload = (await shop.AddPaymentMethodAsync(input, cancellationToken)).EnsureData().AddPaymentMethod;
        var card = payload.PaymentMethod ?? throw new GraphQLClientException($"Adding the card failed: {Describe((payload.Errors ?? []).Select(e => (e.Code, e.Message)))}");
        await output.WriteLineAsync($"Pays with {card.Brand} ending in {card.Last4}.");
        return card.StripePaymentMethodId;
    }

    private async Task AddAvailableProductAsync(CancellationToken cancellationToken)
    {
        var products = (await shop.ProductsAsync(first: 20, cancellationToken)).EnsureData().Products.Nodes;
        var product = products.FirstOrDefault(p => p.Inventory.Available > 0) ?? throw new GraphQLClientException("No product is in stock.");
        var payload = (await shop.AddToCartAsync(new CartItemInput { Kind = LineKind.Product, ItemId = product.Id, Quantity = 1 }, cancellationToken))
            .EnsureData().AddToCart;
        if (payload.Errors.Count > 0 || payload.Cart is null)
        {
            throw new GraphQLClientException($"Adding to the cart failed: {Describe(payload.Errors.Select(e => (e.Code, e.Message)))}");
        }

        await output.WriteLineAsync($"Cart: {product.Name} at {product.FinalPrice.Amount} {product.FinalPrice.Currency}.");
    }

    private async Task<string> CheckoutAsync(string card, string addressId, CancellationToken cancellationToken)
    {
        var input = new CheckoutInput { PaymentMethodId = card, ShippingAddressId = addressId, IdempotencyKey = Guid.NewGuid().ToString() };
        var payload = (await shop.CheckoutAsync(input, cancellationToken)).EnsureData().Checkout;
        var order = payload.Order ?? throw new GraphQLClientException($"Checkout failed: {Describe(payload.Errors.Select(e => (e.Code, e.Message)))}");
        await output.WriteLineAsync($"Order {order.Id} placed: {order.Total.Amount} {order.Total.Currency}.");
        return order.Id;
    }

    private async Task<OrderStatus> FollowOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        await foreach (var update in shop.OrderStatusChangedAsync(orderId, cancellationToken))
        {
            var status = update.EnsureData().OrderStatusChanged.Status;
            await output.WriteLineAsync($"Order {orderId}: {ToGraphQLName(status)}");
            if (FinalStatuses.Contains(status))
            {
                return status;
            }
        }

        throw new GraphQLClientException($"The status stream of order {orderId} ended before a final status.");
    }

    /// <summary>The status as the schema spells it (PAID, PAYMENT_FAILED).</summary>
    public static string ToGraphQLName(OrderStatus status) =>
        System.Text.Json.JsonSerializer.Serialize(status, GraphQLSerializer.Options).Trim('"');

    private static string Describe(IEnumerable<(string Code, string Message)> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"));
}
