using Graph.Messaging;
using Graph.Users.Accounts;
using Graph.Users.Security;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.Infrastructure;

/// <summary>The Users service's database, mapped onto the SQL migrations in <c>Migrations/</c> (snake_case).</summary>
public sealed class UsersDb(DbContextOptions<UsersDb> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<SigningKeyRecord> SigningKeys => Set<SigningKeyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();
        modelBuilder.Entity<UserAccount>(b =>
        {
            b.ToTable("users");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Email).HasColumnName("email").HasMaxLength(254);
            b.HasIndex(x => x.Email).IsUnique().HasDatabaseName("ux_users_email");
            b.Property(x => x.DisplayName).HasColumnName("display_name").HasMaxLength(100);
            b.Property(x => x.Roles).HasColumnName("roles");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.PasswordHash).HasColumnName("password_hash");
            b.Property(x => x.FailedSignInCount).HasColumnName("failed_sign_in_count");
            b.Property(x => x.LockoutEnd).HasColumnName("lockout_end");
            b.Property(x => x.SecurityStamp).HasColumnName("security_stamp");
        });
        modelBuilder.Entity<Address>(b =>
        {
            b.ToTable("addresses");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.Recipient).HasColumnName("recipient");
            b.Property(x => x.Line1).HasColumnName("line1");
            b.Property(x => x.Line2).HasColumnName("line2");
            b.Property(x => x.City).HasColumnName("city");
            b.Property(x => x.Region).HasColumnName("region");
            b.Property(x => x.PostalCode).HasColumnName("postal_code");
            b.Property(x => x.Country).HasColumnName("country");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PaymentMethod>(b =>
        {
            b.ToTable("payment_methods");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.StripePaymentMethodId).HasColumnName("stripe_payment_method_id");
            b.Property(x => x.Brand).HasColumnName("brand");
            b.Property(x => x.Last4).HasColumnName("last4");
            b.Property(x => x.ExpMonth).HasColumnName("exp_month");
            b.Property(x => x.ExpYear).HasColumnName("exp_year");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RefreshToken>(b =>
        {
            b.ToTable("refresh_tokens");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.FamilyId).HasColumnName("family_id");
            b.Property(x => x.TokenHash).HasColumnName("token_hash");
            b.HasIndex(x => x.TokenHash).IsUnique().HasDatabaseName("ux_refresh_tokens_token_hash");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.ExpiresAt).HasColumnName("expires_at");
            b.Property(x => x.SpentAt).HasColumnName("spent_at");
            b.Property(x => x.ReplacedById).HasColumnName("replaced_by_id");
            b.Property(x => x.RevokedAt).HasColumnName("revoked_at");
            b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SigningKeyRecord>(b =>
        {
            b.ToTable("signing_keys");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id");
            b.Property(x => x.PrivateKeyPem).HasColumnName("private_key_pem");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
        });
    }
}
