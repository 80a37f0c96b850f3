using FluentAssertions;
using Graph.Users.Validation;
using Xunit;

namespace Graph.Users.Tests.Validation;

public sealed class InputRuleTests
{
    [Theory]
    [InlineData("4242424242424242")]
    [InlineData("4242 4242 4242 4242")]
    [InlineData("4000-0566-5566-5556")]
    [InlineData("card 378282246310005 please")]
    [InlineData("pm_4242424242424242")]
    public void Card_Numbers_Should_Be_Detected_In_Any_Layout(string text) =>
        CardNumbers.LooksLikeCardNumber(text).Should().BeTrue();

    [Theory]
    [InlineData("pm_card_visa")]
    [InlineData("Torstraße 118, 10119 Berlin")]
    [InlineData("+49 30 1234 5678")]
    [InlineData("2026-11-21")]
    [InlineData(null)]
    public void Ordinary_Text_Should_Not_Look_Like_A_Card_Number(string? text) =>
        CardNumbers.LooksLikeCardNumber(text).Should().BeFalse();

    [Theory]
    [InlineData("  Alice@Example.COM ", "alice@example.com")]
    [InlineData("admin@graph.local", "admin@graph.local")]
    public void Emails_Should_Be_Trimmed_And_Lower_Cased(string input, string expected)
    {
        var normalized = EmailAddress.Normalize(input);

        normalized.Should().Be(expected);
        EmailAddress.IsValid(normalized).Should().BeTrue();
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("a@")]
    [InlineData("a@b@c.com")]
    [InlineData("a@example..com")]
    [InlineData("a b@example.com")]
    public void Malformed_Emails_Should_Be_Invalid(string email) =>
        EmailAddress.IsValid(EmailAddress.Normalize(email)).Should().BeFalse();

    [Fact]
    public void A_Long_Passphrase_Should_Pass_The_Password_Rule() =>
        PasswordPolicy.Check("correct horse battery staple", "someone@example.test", "Someone").Should().BeEmpty();

    [Theory]
    [InlineData("short")]
    [InlineData("password123")]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("someone-secret-2026")]
    [InlineData("i am called Someone")]
    public void Weak_Passwords_Should_Be_Refused_With_Reasons(string password) =>
        PasswordPolicy.Check(password, "someone@example.test", "Someone").Should().NotBeEmpty();
}
