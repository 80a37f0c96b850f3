using Graph.Messaging;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Graph.Messaging.Tests;

/// <summary>A service's own DbContext: its state (orders), a handler's effects, and the outbox/inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>(b =>
        {
            b.ToTable("orders");
            b.Property(x => x.Id).HasColumnName("id");
            b.Property(x => x.Customer).HasColumnName("customer");
        });
        modelBuilder.Entity<Effect>(b =>
        {
            // No unique key on message_id on purpose: a duplicate effect must be countable.
            b.ToTable("effects");
            b.Property(x => x.Id).HasColumnName("id");
            b.Property(x => x.MessageId).HasColumnName("message_id");
            b.Property(x => x.OrderId).HasColumnName("order_id");
        });
        modelBuilder.AddOutbox();
        modelBuilder.AddInbox();
    }
}

public sealed class Order
{
    public Guid Id { get; set; }

    public required string Customer { get; set; }
}

public sealed class Effect
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    public Guid OrderId { get; set; }
}

/// <summary>One database per test class, with the model above created by EF.</summary>
public sealed class MessagingDatabase : PostgresDatabaseFixture
{
    protected override async Task MigrateAsync(string connectionString)
    {
        await using var db = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
    }
}
