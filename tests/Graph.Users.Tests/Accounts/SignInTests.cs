using FluentAssertions;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Accounts;

[Collection(UsersServiceCollection.Name)]
public sealed class SignInTests(UsersServiceFixture service)
{
    [Fact]
    public async Task Sign_In_With_The_Right_Password_Should_Return_A_Session_For_The_User()
    {
        var email = UsersApi.NewEmail();
        var signedUp = await service.Host.SignUpAsync(email);

        var session = await service.Host.SignInAsync(email.ToUpperInvariant(), UsersApi.GoodPassword);

        session.UserId.Should().Be(signedUp.UserId);
        using var me = await service.Host.PostAsync("{ me { id } }", accessToken: session.AccessToken);
        me.Get("me", "id").GetString().Should().Be(signedUp.UserId.ToString());
    }

    [Fact]
    public async Task Sign_In_With_A_Wrong_Password_Should_Answer_Exactly_As_For_An_Unknown_Email()
    {
        var email = UsersApi.NewEmail();
        await service.Host.SignUpAsync(email);

        using var wrongPassword = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = "not the password at all" } });
        using var unknownEmail = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email = UsersApi.NewEmail(), password = "not the password at all" } });

        wrongPassword.PayloadErrors("signIn").Should().Equal(("InvalidCredentialsError", "INVALID_CREDENTIALS"));
        unknownEmail.Body.Should().Be(wrongPassword.Body);
    }

    [Fact]
    public async Task Five_Failed_Sign_Ins_Should_Lock_The_Account_Even_For_The_Right_Password()
    {
        var email = UsersApi.NewEmail();
        await service.Host.SignUpAsync(email);

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = "wrong password " + i } });
            codes.Add(failed.PayloadErrors("signIn").Single().Code);
        }

        using var rightPassword = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = UsersApi.GoodPassword } });

        codes.Should().Equal("INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "ACCOUNT_LOCKED");
        rightPassword.PayloadErrors("signIn").Should().Equal(("AccountLockedError", "ACCOUNT_LOCKED"));
        var lockedUntil = DateTimeOffset.Parse(rightPassword.Get("signIn", "errors")[0].GetProperty("lockedUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        lockedUntil.Should().BeAfter(DateTimeOffset.UtcNow.AddMinutes(14));
        rightPassword.Get("signIn", "accessToken").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_Successful_Sign_In_Should_Reset_The_Failure_Count()
    {
        var email = UsersApi.NewEmail();
        await service.Host.SignUpAsync(email);
        for (var i = 0; i < 4; i++)
        {
            using var failed = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = "wrong password " + i } });
        }

        await service.Host.SignInAsync(email, UsersApi.GoodPassword);
        using var oneMoreFailure = await service.Host.PostAsync(UsersApi.SignIn, new { input = new { email, password = "wrong again" } });

        oneMoreFailure.PayloadErrors("signIn").Should().Equal(("InvalidCredentialsError", "INVALID_CREDENTIALS"));
    }

    [Fact]
    public async Task The_Demo_Admin_Should_Sign_In_With_The_Documented_Password()
    {
        var session = await service.Host.SignInAsync("admin@graph.local", DemoData.DemoPeople.AdminPassword);

        session.UserId.Should().Be(DemoData.DemoPeople.AdminId);
    }

    [Fact]
    public async Task The_Sign_In_Payload_Should_Show_The_Signed_In_User_Their_Own_Private_Fields()
    {
        using var response = await service.Host.PostAsync(
            "mutation { signIn(input: { email: \"carol@graph.local\", password: \"" + DemoData.DemoPeople.CustomerPassword + "\" }) { user { email addresses { city } paymentMethods { stripePaymentMethodId } } } }");

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("signIn", "user", "email").GetString().Should().Be("carol@graph.local");
        response.Get("signIn", "user", "addresses").GetArrayLength().Should().Be(2);
        response.Get("signIn", "user", "paymentMethods")[0].GetProperty("stripePaymentMethodId").GetString().Should().Be("pm_card_authenticationRequired");
    }

    [Fact]
    public async Task A_Failed_Sign_In_Should_Show_No_User()
    {
        using var response = await service.Host.PostAsync(
            "mutation { signIn(input: { email: \"carol@graph.local\", password: \"a wrong password\" }) { user { email addresses { city } } } }");

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("signIn", "user").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
