using Graph.Messaging;
using Graph.Reviews.Domain;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.Infrastructure;

/// <summary>
/// The Reviews' EF Core context, mapped onto the tables of <c>Migrations/0001_reviews.sql</c> (the SQL is the schema).
/// The outbox and inbox live in the same database so each review change and its <c>review.changed</c> event commit
/// together, and each consumed order event and its projection change too.
/// </summary>
public sealed class ReviewsDb(DbContextOptions<ReviewsDb> options) : DbContext(options)
{
    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<HelpfulVote> HelpfulVotes => Set<HelpfulVote>();

    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();

    public DbSet<PurchaseLine> PurchaseLines => Set<PurchaseLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();

        modelBuilder.Entity<Review>(b =>
        {
            b.ToTable("reviews");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.ProductId).HasColumnName("product_id");
            b.Property(x => x.AuthorId).HasColumnName("author_id");
            b.Property(x => x.Rating).HasColumnName("rating");
            b.Property(x => x.Title).HasColumnName("title");
            b.Property(x => x.Body).HasColumnName("body");
            b.Property(x => x.Hidden).HasColumnName("hidden");
            b.Property(x => x.HelpfulCount).HasColumnName("helpful_count");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<HelpfulVote>(b =>
        {
            b.ToTable("helpful_votes");
            b.HasKey(x => new { x.ReviewId, x.UserId });
            b.Property(x => x.ReviewId).HasColumnName("review_id");
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
        });

        modelBuilder.Entity<PurchaseOrder>(b =>
        {
            b.ToTable("purchase_orders");
            b.HasKey(x => x.OrderId);
            b.Property(x => x.OrderId).HasColumnName("order_id").ValueGeneratedNever();
            b.Property(x => x.UserId).HasColumnName("user_id");
            b.Property(x => x.Paid).HasColumnName("paid");
            b.Property(x => x.Refunded).HasColumnName("refunded");
        });

        modelBuilder.Entity<PurchaseLine>(b =>
        {
            b.ToTable("purchase_lines");
            b.HasKey(x => new { x.OrderId, x.ProductId });
            b.Property(x => x.OrderId).HasColumnName("order_id");
            b.Property(x => x.ProductId).HasColumnName("product_id");
        });
    }
}
