using FluentAssertions;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Sessions;

[Collection(UsersServiceCollection.Name)]
public sealed class RefreshTokenTests(UsersServiceFixture service)
{
    [Fact]
    public async Task Refresh_Should_Rotate_The_Refresh_Token_And_Issue_A_Working_Access_Token()
    {
        var first = await service.Host.SignUpAsync();

        using var response = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = first.RefreshToken } });
        var second = Session.From(response, "refreshToken");

        second.RefreshToken.Should().NotBe(first.RefreshToken);
        second.UserId.Should().Be(first.UserId);
        using var me = await service.Host.PostAsync("{ me { id } }", accessToken: second.AccessToken);
        me.Get("me", "id").GetString().Should().Be(first.UserId.ToString());
    }

    [Fact]
    public async Task Refresh_Tokens_Should_Be_Stored_Only_As_Hashes()
    {
        var session = await service.Host.SignUpAsync();

        var plain = await service.CountRowsAsync("refresh_tokens", "encode(token_hash, 'escape') LIKE '%' || @p0 || '%'", session.RefreshToken);
        var hashed = await service.CountRowsAsync("refresh_tokens", "token_hash = sha256(convert_to(@p0, 'UTF8'))", session.RefreshToken);

        plain.Should().Be(0);
        hashed.Should().Be(1);
    }

    [Fact]
    public async Task Reusing_A_Spent_Refresh_Token_Should_Revoke_The_Whole_Family()
    {
        var first = await service.Host.SignUpAsync();
        using var rotated = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = first.RefreshToken } });
        var second = Session.From(rotated, "refreshToken");

        using var reuse = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = first.RefreshToken } });
        using var successorAfterReuse = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = second.RefreshToken } });

        reuse.PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
        successorAfterReuse.PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
        (await service.CountRowsAsync("refresh_tokens", "user_id = @p0 AND revoked_at IS NULL", first.UserId)).Should().Be(0);
    }

    [Fact]
    public async Task Reuse_In_One_Family_Should_Leave_Other_Sessions_Of_The_User_Working()
    {
        var email = UsersApi.NewEmail();
        var phone = await service.Host.SignUpAsync(email);
        var laptop = await service.Host.SignInAsync(email, UsersApi.GoodPassword);
        using var rotated = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = phone.RefreshToken } });
        using var reuse = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = phone.RefreshToken } });

        using var laptopRefresh = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = laptop.RefreshToken } });

        Session.From(laptopRefresh, "refreshToken").UserId.Should().Be(laptop.UserId);
    }

    [Fact]
    public async Task Two_Concurrent_Refreshes_With_One_Token_Should_Let_One_Win_And_Then_Revoke_The_Family()
    {
        var session = await service.Host.SignUpAsync();
        var input = new { input = new { refreshToken = session.RefreshToken } };

        var responses = await Task.WhenAll(service.Host.PostAsync(UsersApi.Refresh, input), service.Host.PostAsync(UsersApi.Refresh, input));

        var winners = responses.Where(r => r.PayloadErrors("refreshToken").Count == 0).ToList();
        winners.Should().ContainSingle();
        responses.Except(winners).Single().PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
        (await service.CountRowsAsync("refresh_tokens", "user_id = @p0 AND revoked_at IS NULL", session.UserId)).Should().Be(0);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task Refresh_With_An_Unknown_Token_Should_Return_Invalid_Refresh_Token(string token)
    {
        using var response = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = token } });

        response.PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task Sign_Out_Should_Revoke_The_Session()
    {
        var session = await service.Host.SignUpAsync();

        using var signOut = await service.Host.PostAsync(UsersApi.SignOut, new { input = new { refreshToken = session.RefreshToken } });
        using var refresh = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = session.RefreshToken } });

        signOut.Get("signOut", "signedOut").GetBoolean().Should().BeTrue();
        refresh.PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task Changing_The_Password_Should_End_Every_Session_And_Require_The_New_Password()
    {
        var email = UsersApi.NewEmail();
        var phone = await service.Host.SignUpAsync(email);
        var laptop = await service.Host.SignInAsync(email, UsersApi.GoodPassword);
        const string newPassword = "a much better passphrase 2026";

        using var change = await service.Host.PostAsync(UsersApi.ChangePassword,
            new { input = new { currentPassword = UsersApi.GoodPassword, newPassword } }, accessToken: laptop.AccessToken);

        change.PayloadErrors("changePassword").Should().BeEmpty();
        foreach (var token in new[] { phone.RefreshToken, laptop.RefreshToken })
        {
            using var refresh = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = token } });
            refresh.PayloadErrors("refreshToken").Should().Equal(("InvalidRefreshTokenError", "INVALID_REFRESH_TOKEN"));
        }

        using var oldPassword = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = UsersApi.GoodPassword } });
        oldPassword.PayloadErrors("signIn").Should().Equal(("InvalidCredentialsError", "INVALID_CREDENTIALS"));
        (await service.Host.SignInAsync(email, newPassword)).UserId.Should().Be(phone.UserId);
    }

    [Fact]
    public async Task Changing_The_Password_With_A_Wrong_Current_One_Should_Change_Nothing()
    {
        var session = await service.Host.SignUpAsync();

        using var change = await service.Host.PostAsync(UsersApi.ChangePassword,
            new { input = new { currentPassword = "this is not it", newPassword = "a much better passphrase 2026" } }, accessToken: session.AccessToken);
        using var refresh = await service.Host.PostAsync(UsersApi.Refresh, new { input = new { refreshToken = session.RefreshToken } });

        change.PayloadErrors("changePassword").Should().Equal(("InvalidCredentialsError", "INVALID_CREDENTIALS"));
        Session.From(refresh, "refreshToken").UserId.Should().Be(session.UserId);
    }
}
