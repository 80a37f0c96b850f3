using FluentAssertions;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Accounts;

[Collection(UsersServiceCollection.Name)]
public sealed class SignUpTests(UsersServiceFixture service)
{
    [Fact]
    public async Task Sign_Up_Should_Create_A_Customer_With_A_Normalized_Email_And_Sign_It_In()
    {
        var local = "New.Person." + Guid.NewGuid().ToString("N");
        var session = await service.Host.SignUpAsync(email: $"  {local}@Example.TEST ", displayName: "  New Person ");

        using var me = await service.Host.PostAsync("{ me { id email displayName roles } }", accessToken: session.AccessToken);

        me.Errors.Should().BeEmpty(me.Body);
        me.Get("me", "id").GetString().Should().Be(session.UserId.ToString());
        me.Get("me", "email").GetString().Should().Be($"{local.ToLowerInvariant()}@example.test");
        me.Get("me", "displayName").GetString().Should().Be("New Person");
        me.Get("me", "roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("CUSTOMER");
    }

    [Fact]
    public async Task Sign_Up_With_A_Taken_Email_In_Another_Case_Should_Return_Email_Taken_And_Write_Nothing()
    {
        var email = UsersApi.NewEmail();
        await service.Host.SignUpAsync(email);
        var users = await service.CountRowsAsync("users");

        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email = email.ToUpperInvariant(), password = UsersApi.GoodPassword, displayName = "Twin" } });

        response.PayloadErrors("signUp").Should().Equal(("EmailTakenError", "EMAIL_TAKEN"));
        response.Get("signUp", "accessToken").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        (await service.CountRowsAsync("users")).Should().Be(users);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@example.test")]
    [InlineData("space in@example.test")]
    [InlineData("Someone <someone@example.test>")]
    [InlineData("")]
    public async Task Sign_Up_With_An_Invalid_Email_Should_Return_A_Validation_Error_Naming_The_Field(string email)
    {
        var users = await service.CountRowsAsync("users");

        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email, password = UsersApi.GoodPassword, displayName = "Someone" } });

        response.PayloadErrors("signUp").Should().Equal(("ValidationError", "VALIDATION_FAILED"));
        response.Get("signUp", "errors")[0].GetProperty("field").GetString().Should().Be("email");
        (await service.CountRowsAsync("users")).Should().Be(users);
    }

    [Theory]
    [InlineData("short1!")]
    [InlineData("password123")]
    [InlineData("aaaaaaaaaaaaaa")]
    public async Task Sign_Up_With_A_Weak_Password_Should_Return_Weak_Password_And_Write_Nothing(string password)
    {
        var users = await service.CountRowsAsync("users");

        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email = UsersApi.NewEmail(), password, displayName = "Someone" } });

        response.PayloadErrors("signUp").Should().Equal(("WeakPasswordError", "WEAK_PASSWORD"));
        response.Get("signUp", "errors")[0].GetProperty("reasons").GetArrayLength().Should().BePositive();
        (await service.CountRowsAsync("users")).Should().Be(users);
    }

    [Fact]
    public async Task Sign_Up_With_The_Email_As_Password_Should_Be_Refused()
    {
        var email = UsersApi.NewEmail();

        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email, password = email, displayName = "Someone" } });

        response.PayloadErrors("signUp").Should().Equal(("WeakPasswordError", "WEAK_PASSWORD"));
    }

    [Fact]
    public async Task Sign_Up_With_Oversized_Strings_Should_Return_Every_Validation_Error_And_Write_Nothing()
    {
        var users = await service.CountRowsAsync("users");
        var email = new string('a', 250) + "@example.test";

        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email, password = UsersApi.GoodPassword, displayName = new string('n', 101) } });

        var errors = response.Get("signUp", "errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        errors.Should().BeEquivalentTo(["email", "displayName"]);
        (await service.CountRowsAsync("users")).Should().Be(users);
    }

    [Fact]
    public async Task Sign_Up_With_A_Card_Number_As_Display_Name_Should_Be_Refused()
    {
        using var response = await service.Host.PostAsync(UsersApi.SignUp, new { input = new { email = UsersApi.NewEmail(), password = UsersApi.GoodPassword, displayName = "4242 4242 4242 4242" } });

        response.PayloadErrors("signUp").Should().Equal(("ValidationError", "VALIDATION_FAILED"));
        response.Get("signUp", "errors")[0].GetProperty("field").GetString().Should().Be("displayName");
    }
}
