using Graph.Messaging;
using Graph.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.Infrastructure;

/// <summary>
/// The Payments EF Core context over the tables of <c>Migrations/*.sql</c>, with Graph.Messaging's outbox and inbox so
/// a payment's state and its <c>payment.event</c> commit together.
/// </summary>
public sealed class PaymentsDb(DbContextOptions<PaymentsDb> options) : DbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<StripeCustomer> StripeCustomers => Set<StripeCustomer>();

    public DbSet<InventoryOutcome> InventoryOutcomes => Set<InventoryOutcome>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();

        modelBuilder.Entity<Payment>(b =>
        {
            b.ToTable("payments");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.OrderId).HasColumnName("order_id");
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.Amount).HasColumnName("amount").HasPrecision(12, 2);
            b.Property(x => x.Currency).HasColumnName("currency");
            b.Property(x => x.PaymentMethodId).HasColumnName("payment_method_id");
            b.Property(x => x.Status).HasColumnName("status").HasConversion(
                s => s.ToString().ToUpperInvariant(), s => Enum.Parse<PaymentStatus>(s, true));
            b.Property(x => x.FailureCode).HasColumnName("failure_code");
            b.Property(x => x.FailureReason).HasColumnName("failure_reason");
            b.Property(x => x.StripePaymentIntentId).HasColumnName("stripe_payment_intent_id");
            b.Property(x => x.StripeRefundId).HasColumnName("stripe_refund_id");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<StripeCustomer>(b =>
        {
            b.ToTable("stripe_customers");
            b.HasKey(x => x.UserId);
            b.Property(x => x.UserId).HasColumnName("user_id").ValueGeneratedNever();
            b.Property(x => x.CustomerId).HasColumnName("customer_id");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
        });

        modelBuilder.Entity<InventoryOutcome>(b =>
        {
            b.ToTable("inventory_outcomes");
            b.HasKey(x => x.OrderId);
            b.Property(x => x.OrderId).HasColumnName("order_id").ValueGeneratedNever();
            b.Property(x => x.Outcome).HasColumnName("outcome");
            b.Property(x => x.ReceivedAt).HasColumnName("received_at");
        });
    }
}
