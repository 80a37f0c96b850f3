using System.Text.Json;
using FluentAssertions;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Accounts;

[Collection(UsersServiceCollection.Name)]
public sealed class DeleteAccountTests(UsersServiceFixture service)
{
    private const string Delete =
        "mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { deletedUserId errors { __typename ... on Error { code } } } }";

    [Fact]
    public async Task Delete_Account_Should_Remove_Personal_Data_And_Write_Both_Events_To_The_Outbox()
    {
        var session = await service.Host.SignUpAsync();
        using var address = await service.Host.PostAsync(
            "mutation { addAddress(input: { recipient: \"Leaving\", line1: \"Exit Road 1\", city: \"Gone\", postalCode: \"00000\", country: \"NL\" }) { address { id } } }",
            accessToken: session.AccessToken);

        using var response = await service.Host.PostAsync(Delete, new { input = new { password = UsersApi.GoodPassword } }, accessToken: session.AccessToken);

        response.Get("deleteAccount", "deletedUserId").GetString().Should().Be(session.UserId.ToString());
        (await service.CountRowsAsync("users", "id = @p0", session.UserId)).Should().Be(0);
        (await service.CountRowsAsync("addresses", "user_id = @p0", session.UserId)).Should().Be(0);
        (await service.CountRowsAsync("refresh_tokens", "user_id = @p0", session.UserId)).Should().Be(0);
        (await service.CountRowsAsync("outbox_messages", "key = @p0 AND topic = 'user.deleted' AND type = 'user.deleted.v1'", session.UserId.ToString())).Should().Be(1);
        (await service.CountRowsAsync("outbox_messages", "key = @p0 AND topic = 'user.changed' AND payload LIKE '%User:' || @p0 || '%'", session.UserId.ToString())).Should().Be(1);
    }

    [Fact]
    public async Task Delete_Account_With_A_Wrong_Password_Should_Keep_Everything_And_Emit_Nothing()
    {
        var session = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(Delete, new { input = new { password = "not my password" } }, accessToken: session.AccessToken);

        response.PayloadErrors("deleteAccount").Should().Equal(("InvalidCredentialsError", "INVALID_CREDENTIALS"));
        response.Get("deleteAccount", "deletedUserId").ValueKind.Should().Be(JsonValueKind.Null);
        (await service.CountRowsAsync("users", "id = @p0", session.UserId)).Should().Be(1);
        (await service.CountRowsAsync("outbox_messages", "key = @p0", session.UserId.ToString())).Should().Be(0);
    }

    [Fact]
    public async Task A_Deletion_That_Fails_In_The_Database_Should_Leave_Neither_The_Change_Nor_Its_Events()
    {
        var session = await service.Host.SignUpAsync();
        await ExecuteAsync(
            $"""
            CREATE FUNCTION refuse_delete_{session.UserId:N}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'deletion refused by the test'; END $$;
            CREATE TRIGGER refuse_delete_{session.UserId:N} BEFORE DELETE ON users
            FOR EACH ROW WHEN (OLD.id = '{session.UserId}') EXECUTE FUNCTION refuse_delete_{session.UserId:N}();
            """);

        using var response = await service.Host.PostAsync(Delete, new { input = new { password = UsersApi.GoodPassword } }, accessToken: session.AccessToken);

        response.Errors.Should().NotBeEmpty(response.Body);
        (await service.CountRowsAsync("users", "id = @p0", session.UserId)).Should().Be(1);
        (await service.CountRowsAsync("outbox_messages", "key = @p0", session.UserId.ToString())).Should().Be(0);
        await ExecuteAsync($"DROP TRIGGER refuse_delete_{session.UserId:N} ON users; DROP FUNCTION refuse_delete_{session.UserId:N}();");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(service.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
