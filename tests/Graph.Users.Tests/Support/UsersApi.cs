using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Services;

namespace Graph.Users.Tests.Support;

/// <summary>The operations the tests send, and shortcuts that assert a step of the arrangement succeeded.</summary>
public static class UsersApi
{
    public const string SessionFields = "accessToken refreshToken expiresAt user { id displayName createdAt }";

    public const string SignUp =
        "mutation($input: SignUpInput!) { signUp(input: $input) { " + SessionFields + " errors { __typename ... on Error { code message } ... on ValidationError { field } ... on WeakPasswordError { field reasons } } } }";

    public const string SignIn =
        "mutation($input: SignInInput!) { signIn(input: $input) { " + SessionFields + " errors { __typename ... on Error { code message } ... on AccountLockedError { lockedUntil } } } }";

    public const string Refresh =
        "mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { " + SessionFields + " errors { __typename ... on Error { code } } } }";

    public const string SignOut =
        "mutation($input: SignOutInput!) { signOut(input: $input) { signedOut errors { __typename ... on Error { code } } } }";

    public const string ChangePassword =
        "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } errors { __typename ... on Error { code } } } }";

    public const string Me = "{ me { id email displayName roles addresses { id line1 } paymentMethods { id last4 } } }";

    /// <summary>A unique, valid email for one test.</summary>
    public static string NewEmail(string who = "user") => $"{who}.{Guid.NewGuid():N}@example.test";

    public const string GoodPassword = "correct horse battery staple";

    /// <summary>Signs up and returns the session (asserting it succeeded).</summary>
    public static async Task<Session> SignUpAsync(this ServiceHost host, string? email = null, string password = GoodPassword, string displayName = "Test Person")
    {
        using var response = await host.PostAsync(SignUp, new { input = new { email = email ?? NewEmail(), password, displayName } });
        return Session.From(response, "signUp");
    }

    public static async Task<Session> SignInAsync(this ServiceHost host, string email, string password)
    {
        using var response = await host.PostAsync(SignIn, new { input = new { email, password } });
        return Session.From(response, "signIn");
    }

    /// <summary>The <c>errors</c> list of a payload as <c>(typename, code)</c> pairs.</summary>
    public static IReadOnlyList<(string Type, string? Code)> PayloadErrors(this GraphQLResponse response, string field)
    {
        response.Errors.Should().BeEmpty(response.Body);
        var errors = response.Get(field, "errors");
        return errors.ValueKind == JsonValueKind.Null
            ? []
            : [.. errors.EnumerateArray().Select(e => (e.GetProperty("__typename").GetString()!, e.TryGetProperty("code", out var c) ? c.GetString() : null))];
    }
}

/// <summary>The tokens and user id of a successful sign-in, sign-up or refresh.</summary>
public sealed record Session(string AccessToken, string RefreshToken, Guid UserId)
{
    public static Session From(GraphQLResponse response, string field)
    {
        response.Errors.Should().BeEmpty(response.Body);
        response.Get(field, "errors").ValueKind.Should().Be(JsonValueKind.Null, response.Body);
        return new Session(
            response.Get(field, "accessToken").GetString()!,
            response.Get(field, "refreshToken").GetString()!,
            Guid.Parse(response.Get(field, "user", "id").GetString()!));
    }
}
