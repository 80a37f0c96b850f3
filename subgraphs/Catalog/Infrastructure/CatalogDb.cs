using Graph.Catalog.Domain;
using Graph.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Infrastructure;

/// <summary>
/// The Catalog's EF Core context, mapped onto the tables of <c>Migrations/*.sql</c> (the SQL scripts are the schema;
/// this mapping only names them). The outbox and inbox tables of Graph.Messaging live in the same database so every
/// change and its <c>catalog.changed</c> event commit together.
/// </summary>
public sealed class CatalogDb(DbContextOptions<CatalogDb> options) : DbContext(options)
{
    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Coupon> Coupons => Set<Coupon>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<ProductInventory> ProductInventory => Set<ProductInventory>();

    public DbSet<CouponInventory> CouponInventory => Set<CouponInventory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutbox().AddInbox();

        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("categories");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Name).HasColumnName("name");
            b.Property(x => x.Slug).HasColumnName("slug");
            b.Property(x => x.Description).HasColumnName("description");
            b.Property(x => x.ParentId).HasColumnName("parent_id");
            // Relationships without navigations: EF orders inserts by them (parents before children).
            b.HasOne<Category>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<Product>(b =>
        {
            b.ToTable("products");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Sku).HasColumnName("sku");
            b.Property(x => x.Name).HasColumnName("name");
            b.Property(x => x.Brand).HasColumnName("brand");
            b.Property(x => x.Description).HasColumnName("description");
            b.Property(x => x.ImageUrls).HasColumnName("image_urls");
            b.Property(x => x.PriceAmount).HasColumnName("price_amount").HasPrecision(12, 2);
            b.Property(x => x.PriceCurrency).HasColumnName("price_currency");
            b.Property(x => x.CategoryId).HasColumnName("category_id");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            b.Ignore(x => x.ListPrice);
            b.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
            b.Property(x => x.Attributes).HasColumnName("attributes").HasColumnType("jsonb")
                .HasConversion(ProductAttributesJson.Converter, ProductAttributesJson.Comparer);
        });

        modelBuilder.Entity<Coupon>(b =>
        {
            b.ToTable("coupons");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Title).HasColumnName("title");
            b.Property(x => x.Company).HasColumnName("company");
            b.Property(x => x.CategoryId).HasColumnName("category_id");
            b.Property(x => x.PriceAmount).HasColumnName("price_amount").HasPrecision(12, 2);
            b.Property(x => x.PriceCurrency).HasColumnName("price_currency");
            b.Property(x => x.DiscountPercent).HasColumnName("discount_percent").HasPrecision(5, 2);
            b.Property(x => x.ValidFrom).HasColumnName("valid_from");
            b.Property(x => x.ValidUntil).HasColumnName("valid_until");
            b.Property(x => x.Terms).HasColumnName("terms");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            b.Ignore(x => x.Price);
            b.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Offer>(b =>
        {
            b.ToTable("offers");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(x => x.Title).HasColumnName("title");
            b.Property(x => x.Description).HasColumnName("description");
            b.Property(x => x.DiscountPercent).HasColumnName("discount_percent").HasPrecision(5, 2);
            b.Property(x => x.StartsAt).HasColumnName("starts_at");
            b.Property(x => x.EndsAt).HasColumnName("ends_at");
            b.Property(x => x.CategoryIds).HasColumnName("category_ids");
            b.Property(x => x.ProductIds).HasColumnName("product_ids");
            b.Property(x => x.CreatedAt).HasColumnName("created_at");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<ProductInventory>(b =>
        {
            b.ToTable("product_inventory");
            b.HasKey(x => x.ProductId);
            b.Property(x => x.ProductId).HasColumnName("product_id").ValueGeneratedNever();
            b.HasOne<Product>().WithOne().HasForeignKey<ProductInventory>(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.OnHand).HasColumnName("on_hand");
            b.Property(x => x.Reserved).HasColumnName("reserved");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<CouponInventory>(b =>
        {
            b.ToTable("coupon_inventory");
            b.HasKey(x => x.CouponId);
            b.Property(x => x.CouponId).HasColumnName("coupon_id").ValueGeneratedNever();
            b.HasOne<Coupon>().WithOne().HasForeignKey<CouponInventory>(x => x.CouponId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.OnHand).HasColumnName("on_hand");
            b.Property(x => x.Reserved).HasColumnName("reserved");
            b.Property(x => x.UpdatedAt).HasColumnName("updated_at");
        });
    }
}
