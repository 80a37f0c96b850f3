using FluentAssertions;
using Graph.Testing.Polling;
using Graph.Users.Tests.Support;
using Npgsql;
using Xunit;

namespace Graph.Users.Tests.Profile;

[Collection(UsersServiceCollection.Name)]
public sealed class ProfileMutationTests(UsersServiceFixture service)
{
    private const string AddAddress =
        "mutation($input: AddAddressInput!) { addAddress(input: $input) { address { id line1 country } errors { __typename ... on Error { code } ... on ValidationError { field } } } }";

    private const string AddPaymentMethod =
        "mutation($input: AddPaymentMethodInput!) { addPaymentMethod(input: $input) { paymentMethod { id stripePaymentMethodId brand last4 } errors { __typename ... on Error { code } ... on ValidationError { field } } } }";

    private static object Card(string stripeId = "pm_card_visa", string brand = "visa", string last4 = "4242", int expMonth = 12, int expYear = 2031) =>
        new { input = new { stripePaymentMethodId = stripeId, brand, last4, expMonth, expYear } };

    [Fact]
    public async Task Add_Address_Should_Save_It_For_The_Caller()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(AddAddress,
            new { input = new { recipient = "Test Person", line1 = "Main Street 1", city = "Springfield", postalCode = "12345", country = "de" } }, accessToken: session.AccessToken);

        response.PayloadErrors("addAddress").Should().BeEmpty();
        response.Get("addAddress", "address", "country").GetString().Should().Be("DE");
        (await service.CountRowsAsync("addresses", "user_id = @p0", session.UserId)).Should().Be(1);
    }

    [Fact]
    public async Task Concurrent_Adds_For_The_Last_Slot_Should_Save_One_And_Refuse_The_Other()
    {
        var session = await service.Host.SignUpAsync();
        for (var i = 0; i < 9; i++)
        {
            using var added = await service.Host.PostAsync(AddPaymentMethod, Card(stripeId: $"pm_card_{i}"), accessToken: session.AccessToken);
            added.PayloadErrors("addPaymentMethod").Should().BeEmpty();
        }

        // The test holds the user's row so that both adds are under way at once, whatever the scheduling: each one
        // either waits for that row (counting only after the other committed) or, were it not locked, counts 9 now.
        await using var holder = new NpgsqlConnection(service.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockUser = new NpgsqlCommand("SELECT 1 FROM users WHERE id = @id FOR UPDATE", holder, hold))
        {
            lockUser.Parameters.AddWithValue("id", session.UserId);
            await lockUser.ExecuteNonQueryAsync();
        }

        var adds = Enumerable.Range(0, 2).Select(async i =>
        {
            using var response = await service.Host.PostAsync(AddPaymentMethod, Card(stripeId: $"pm_card_race_{i}"), accessToken: session.AccessToken);
            response.Errors.Should().BeEmpty(response.Body);
            return response.PayloadErrors("addPaymentMethod");
        }).ToList();
        await Eventually.UntilAsync(
            async () => adds.All(a => a.IsCompleted) || await WaitingForLocksAsync(holder) >= 2,
            done => done,
            "both adds to wait for the user's row (or to finish)");
        await hold.RollbackAsync();
        var outcomes = await Task.WhenAll(adds);

        outcomes.Count(errors => errors.Count == 0).Should().Be(1);
        outcomes.Single(errors => errors.Count > 0).Should().ContainSingle().Which.Type.Should().Be("ValidationError");
        (await service.CountRowsAsync("payment_methods", "user_id = @p0", session.UserId)).Should().Be(10);
    }

    /// <summary>Sessions of this database waiting for a lock another one holds.</summary>
    private static async Task<long> WaitingForLocksAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = current_database()",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Add_Address_With_Oversized_And_Missing_Fields_Should_Name_Each_And_Write_Nothing()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(AddAddress,
            new { input = new { recipient = "", line1 = new string('x', 201), city = "Springfield", postalCode = "12345", country = "Germany" } }, accessToken: session.AccessToken);

        response.Get("addAddress", "errors").EnumerateArray().Select(e => e.GetProperty("field").GetString())
            .Should().BeEquivalentTo(["recipient", "line1", "country"]);
        (await service.CountRowsAsync("addresses", "user_id = @p0", session.UserId)).Should().Be(0);
    }

    [Fact]
    public async Task Add_Payment_Method_Should_Keep_Only_Stripe_Id_And_Display_Metadata()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(AddPaymentMethod, Card(), accessToken: session.AccessToken);

        response.PayloadErrors("addPaymentMethod").Should().BeEmpty();
        response.Get("addPaymentMethod", "paymentMethod", "stripePaymentMethodId").GetString().Should().Be("pm_card_visa");
        (await service.CountRowsAsync("payment_methods", "user_id = @p0", session.UserId)).Should().Be(1);
    }

    [Theory]
    [InlineData("4242424242424242", "visa", "4242", "stripePaymentMethodId")]
    [InlineData("pm_4242424242424242", "visa", "4242", "stripePaymentMethodId")]
    [InlineData("pm_card_visa", "4242 4242 4242 4242", "4242", "brand")]
    [InlineData("pm_card_visa", "visa", "4242-4242-4242-4242", "last4")]
    public async Task Add_Payment_Method_With_Anything_Like_A_Card_Number_Should_Be_Refused_And_Write_Nothing(string stripeId, string brand, string last4, string field)
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(AddPaymentMethod, Card(stripeId, brand, last4), accessToken: session.AccessToken);

        var errors = response.Get("addPaymentMethod", "errors").EnumerateArray().ToList();
        errors.Should().Contain(e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == "VALIDATION_FAILED");
        (await service.CountRowsAsync("payment_methods", "user_id = @p0", session.UserId)).Should().Be(0);
        (await service.CountRowsAsync("payment_methods", "stripe_payment_method_id ~ '[0-9]{13}' OR brand ~ '[0-9]{4}'")).Should().Be(0);
    }

    [Fact]
    public async Task Add_Payment_Method_With_An_Expired_Card_Or_Bad_Month_Should_Be_Refused()
    {
        var session = await service.Host.SignUpAsync();

        using var expired = await service.Host.PostAsync(AddPaymentMethod, Card(expMonth: 1, expYear: 2020), accessToken: session.AccessToken);
        using var badMonth = await service.Host.PostAsync(AddPaymentMethod, Card(expMonth: 13), accessToken: session.AccessToken);

        expired.PayloadErrors("addPaymentMethod").Should().Equal(("ValidationError", "VALIDATION_FAILED"));
        badMonth.PayloadErrors("addPaymentMethod").Should().Equal(("ValidationError", "VALIDATION_FAILED"));
    }

    [Fact]
    public async Task Removing_Another_Users_Address_Or_An_Unknown_Id_Should_Return_Not_Found_And_Remove_Nothing()
    {
        var owner = await service.Host.SignUpAsync();
        var other = await service.Host.SignUpAsync();
        using var added = await service.Host.PostAsync(AddAddress,
            new { input = new { recipient = "Owner", line1 = "Main Street 1", city = "Springfield", postalCode = "12345", country = "US" } }, accessToken: owner.AccessToken);
        var addressId = added.Get("addAddress", "address", "id").GetString();
        const string remove = "mutation($id: ID!) { removeAddress(input: { id: $id }) { address { id } errors { __typename ... on Error { code } } } }";

        using var byOther = await service.Host.PostAsync(remove, new { id = addressId }, accessToken: other.AccessToken);
        using var unknown = await service.Host.PostAsync(remove, new { id = Guid.NewGuid() }, accessToken: owner.AccessToken);
        using var byOwner = await service.Host.PostAsync(remove, new { id = addressId }, accessToken: owner.AccessToken);

        byOther.PayloadErrors("removeAddress").Should().Equal(("NotFoundError", "NOT_FOUND"));
        unknown.PayloadErrors("removeAddress").Should().Equal(("NotFoundError", "NOT_FOUND"));
        byOwner.PayloadErrors("removeAddress").Should().BeEmpty();
        (await service.CountRowsAsync("addresses", "user_id = @p0", owner.UserId)).Should().Be(0);
    }

    [Fact]
    public async Task Removing_An_Unknown_Payment_Method_Should_Return_Not_Found()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(
            "mutation($id: ID!) { removePaymentMethod(input: { id: $id }) { paymentMethod { id } errors { __typename ... on Error { code } } } }",
            new { id = Guid.NewGuid() }, accessToken: session.AccessToken);

        response.PayloadErrors("removePaymentMethod").Should().Equal(("NotFoundError", "NOT_FOUND"));
    }

    [Fact]
    public async Task Profile_Mutations_Should_Refuse_Anonymous_Callers()
    {
        using var response = await service.Host.PostAsync(AddPaymentMethod, Card());

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
    }
}
