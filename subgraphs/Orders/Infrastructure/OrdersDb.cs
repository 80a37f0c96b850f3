using Graph.Messaging;
using Graph.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Graph.Orders.Infrastructure;

/// <summary>
/// The Orders' EF Core context, mapped onto the tables of <c>Migrations/0001_orders.sql</c> (the SQL is the schema).
/// The outbox and inbox live in the same database so each status change and its event commit together.
/// <see cref="AfterCommit"/> holds work (subscription bus messages) to run once the current transaction committed.
/// </summary>
public sealed class OrdersDb(DbContextOptions<OrdersDb> options) : DbContext(options)
{
    private static readonly AfterCommitInterceptor Interceptor = new();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderStatusChange> StatusHistory => Set<OrderStatusChange>();

    public DbSet<Cart> Carts => Set<Cart>();

    public DbSet<CartLine> CartLines => Set<CartLine>();

    /// <summary>Actions to run after the next commit (the consumer's transaction, or SaveChanges' own).</summary>
    internal AfterCommitQueue AfterCommit { get; } = new();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(Interceptor);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();
        var status = new ValueConverter<OrderStatus, string>(s => EnumText.ToText(s), s => EnumText.Parse<OrderStatus>(s));
        var kind = new ValueConverter<LineKind, string>(k => EnumText.ToText(k), k => EnumText.Parse<LineKind>(k));

        modelBuilder.Entity<Order>(b =>
        {
            b.ToTable("orders");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.CustomerEmail).HasColumnName("customer_email");
            b.Property(x => x.IdempotencyKey).HasColumnName("idempotency_key");
            b.Property(x => x.Status).HasColumnName("status").HasConversion(status);
            b.Property(x => x.Currency).HasColumnName("currency");
            b.Property(x => x.Total).HasColumnName("total").HasPrecision(12, 2);
            b.Property(x => x.PaymentMethodId).HasColumnName("payment_method_id");
            b.Property(x => x.ShippingAddressId).HasColumnName("shipping_address_id");
            b.Property(x => x.Carrier).HasColumnName("carrier");
            b.Property(x => x.TrackingNumber).HasColumnName("tracking_number");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            b.Ignore(x => x.WasPaid);
            b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.StatusHistory).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OrderLine>(b =>
        {
            b.ToTable("order_lines");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.OrderId).HasColumnName("order_id");
            b.Property(x => x.Position).HasColumnName("position");
            b.Property(x => x.Kind).HasColumnName("kind").HasConversion(kind);
            b.Property(x => x.ItemId).HasColumnName("item_id");
            b.Property(x => x.Name).HasColumnName("name");
            b.Property(x => x.UnitPrice).HasColumnName("unit_price").HasPrecision(12, 2);
            b.Property(x => x.Currency).HasColumnName("currency");
            b.Property(x => x.Quantity).HasColumnName("quantity");
            b.Ignore(x => x.LineTotal);
        });

        modelBuilder.Entity<OrderStatusChange>(b =>
        {
            b.ToTable("order_status_history");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            b.Property(x => x.OrderId).HasColumnName("order_id");
            b.Property(x => x.Status).HasColumnName("status").HasConversion(status);
            b.Property(x => x.At).HasColumnName("at");
        });

        modelBuilder.Entity<Cart>(b =>
        {
            b.ToTable("carts");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.AnonymousId).HasColumnName("anonymous_id");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.CartId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CartLine>(b =>
        {
            b.ToTable("cart_lines");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.CartId).HasColumnName("cart_id");
            b.Property(x => x.Kind).HasColumnName("kind").HasConversion(kind);
            b.Property(x => x.ItemId).HasColumnName("item_id");
            b.Property(x => x.Quantity).HasColumnName("quantity");
            b.Property(x => x.AddedAt).HasColumnName("added_at");
        });
    }
}
