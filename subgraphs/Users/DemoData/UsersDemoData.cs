using System.Security.Cryptography;
using System.Text;
using Graph.ServiceDefaults.Database;
using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Graph.Users.Security;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.DemoData;

/// <summary>
/// Demo accounts for <c>./graph up</c> (runs only with <c>DemoData:Enabled</c>): an admin and five customers with fixed
/// ids (other services' demo data refers to them; see <c>DemoData/README.md</c>), their addresses, and payment methods
/// with Stripe's test payment-method ids. Idempotent: inserts only accounts whose id is missing.
/// </summary>
public sealed class UsersDemoData(AccountPasswordHasher passwords) : IDatabaseSeeder<UsersDb>
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(UsersDb db, CancellationToken cancellationToken)
    {
        var existing = await db.Users.Select(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var index = 0;
        foreach (var person in DemoPeople.All)
        {
            index++;
            if (existing.Contains(person.Id))
            {
                continue;
            }

            var account = new UserAccount
            {
                Id = person.Id,
                Email = person.Email,
                DisplayName = person.DisplayName,
                Roles = person.IsAdmin ? [RoleNames.Admin] : [RoleNames.Customer],
                CreatedAt = Created.AddDays(index),
                SecurityStamp = DemoId(person.Id, 0xAA),
            };
            account.PasswordHash = passwords.Hash(account, person.Password);
            db.Users.Add(account);
            var n = 0;
            foreach (var address in person.Addresses)
            {
                n++;
                address.Id = DemoId(person.Id, n);
                address.UserId = person.Id;
                address.CreatedAt = account.CreatedAt.AddMinutes(n);
                db.Addresses.Add(address);
            }

            foreach (var method in person.PaymentMethods)
            {
                n++;
                method.Id = DemoId(person.Id, n);
                method.UserId = person.Id;
                method.CreatedAt = account.CreatedAt.AddMinutes(n);
                db.PaymentMethods.Add(method);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A fixed id derived from the owner's id, so reruns and other machines produce the same rows.</summary>
    private static Guid DemoId(Guid owner, int n)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"graph-users-demo:{owner}:{n}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
