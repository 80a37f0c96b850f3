using System.Security.Cryptography;
using FluentAssertions;
using Graph.Users.Accounts;
using Graph.Users.Errors;
using Graph.Users.Infrastructure;
using Graph.Users.Security;
using Graph.Users.Tests.Support;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Users.Tests.Domain;

/// <summary>The account and session services on a real database with a hand-moved clock (expiries without waiting).</summary>
public sealed class AccountServiceTests(UsersDatabaseFixture database) : IClassFixture<UsersDatabaseFixture>, IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly UsersAuthOptions _options = new() { Lockout = new LockoutOptions { MaxFailedAttempts = 3, Duration = TimeSpan.FromMinutes(10) } };

    [Fact]
    public async Task A_Lockout_Should_Use_The_Configured_Limit_And_End_After_The_Configured_Duration()
    {
        var email = UsersApi.NewEmail();
        await using (var db = database.CreateDb())
        {
            (await Accounts(db).SignUpAsync(new SignUpInput(email, Password, "Clocked"), default)).Succeeded.Should().BeTrue();
        }

        var outcomes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await using var db = database.CreateDb();
            outcomes.Add((await Accounts(db).SignInAsync(new SignInInput(email, "wrong password"), default)).Errors.Single().Code);
        }

        _clock.Advance(TimeSpan.FromMinutes(9));
        await using (var db = database.CreateDb())
        {
            (await Accounts(db).SignInAsync(new SignInInput(email, Password), default)).Errors.Should().ContainSingle().Which.Should().BeOfType<AccountLockedError>();
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = database.CreateDb())
        {
            var afterLockout = await Accounts(db).SignInAsync(new SignInInput(email, Password), default);

            outcomes.Should().Equal("INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "ACCOUNT_LOCKED");
            afterLockout.Succeeded.Should().BeTrue();
        }
    }

    [Fact]
    public async Task A_Refresh_Token_Should_Stop_Working_After_Its_Lifetime()
    {
        AuthSession session;
        await using (var db = database.CreateDb())
        {
            session = (await Accounts(db).SignUpAsync(new SignUpInput(UsersApi.NewEmail(), Password, "Expiring"), default)).Value!;
        }

        _clock.Advance(_options.RefreshTokenLifetime);
        await using (var db = database.CreateDb())
        {
            var refreshed = await new SessionService(db, Sessions(), _clock).RefreshAsync(new RefreshTokenInput(session.RefreshToken), default);

            refreshed.Errors.Should().ContainSingle().Which.Should().BeOfType<InvalidRefreshTokenError>();
        }
    }

    [Fact]
    public async Task Access_Tokens_Should_Expire_After_The_Configured_Lifetime()
    {
        await using var db = database.CreateDb();

        var session = (await Accounts(db).SignUpAsync(new SignUpInput(UsersApi.NewEmail(), Password, "Short Lived"), default)).Value!;

        session.ExpiresAt.Should().Be(_clock.GetUtcNow() + TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Changing_The_Password_Should_Change_The_Security_Stamp()
    {
        AuthSession session;
        Guid stampBefore;
        await using (var db = database.CreateDb())
        {
            session = (await Accounts(db).SignUpAsync(new SignUpInput(UsersApi.NewEmail(), Password, "Stamped"), default)).Value!;
            stampBefore = (await db.Users.FindAsync(session.User.Id))!.SecurityStamp;
        }

        await using (var db = database.CreateDb())
        {
            (await Accounts(db).ChangePasswordAsync(session.User.Id, new ChangePasswordInput(Password, "another fine passphrase"), default)).Succeeded.Should().BeTrue();
        }

        await using (var db = database.CreateDb())
        {
            (await db.Users.FindAsync(session.User.Id))!.SecurityStamp.Should().NotBe(stampBefore);
        }
    }

    private AccountService Accounts(UsersDb db) => new(db, new AccountPasswordHasher(), Sessions(), Options.Create(_options), _clock);

    private SessionIssuer Sessions()
    {
        var options = Options.Create(new UsersAuthOptions { SigningKey = _key.ExportPkcs8PrivateKeyPem(), Lockout = _options.Lockout });
        var keys = new SigningKeyStore(new NoScopes(), options, _clock);
        return new SessionIssuer(new AccessTokenIssuer(keys, options, _clock), options, _clock);
    }

    public void Dispose() => _key.Dispose();

    /// <summary>With <c>Auth:SigningKey</c> set, the key store never opens a database scope.</summary>
    private sealed class NoScopes : Microsoft.Extensions.DependencyInjection.IServiceScopeFactory
    {
        public Microsoft.Extensions.DependencyInjection.IServiceScope CreateScope() =>
            throw new InvalidOperationException("The configured signing key must not need the database.");
    }
}
