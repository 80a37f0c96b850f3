using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Data.Tests;

/// <summary>The test's EF Core model: one table of products.</summary>
public sealed class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Product>(b =>
        {
            b.ToTable("products");
            // Each test seeds its own set of ids; a key per set keeps their rows apart in one table.
            b.HasKey(p => new { p.Set, p.Id });
            b.Property(p => p.Id).ValueGeneratedNever();
        });
    }
}

/// <summary>One database per test class, with <see cref="ShopDb"/>'s model created by EF.</summary>
public sealed class ShopDatabase : PostgresDatabaseFixture
{
    public ShopDb Open(SqlCapture? capture = null)
    {
        var options = new DbContextOptionsBuilder<ShopDb>().UseNpgsql(ConnectionString);
        if (capture is not null)
        {
            options.AddInterceptors(capture);
        }

        return new ShopDb(options.Options);
    }

    protected override async Task MigrateAsync(string connectionString)
    {
        await using var db = new ShopDb(new DbContextOptionsBuilder<ShopDb>().UseNpgsql(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
    }
}
