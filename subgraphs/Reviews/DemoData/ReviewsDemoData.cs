using Graph.Reviews.Domain;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.DemoData;

/// <summary>
/// Demo reviews for <c>./graph up</c> (<c>DemoData:Enabled</c>): two to four reviews by the demo customers on each of
/// 40 demo products, ratings spread over 1-5 and skewed to the good side as real shops' are. Everything (ids,
/// ratings, texts, dates) follows from the product and customer, never from the clock or a random generator, so the
/// data is the same on every machine; only missing reviews are inserted, so seeding twice changes nothing.
/// </summary>
public sealed class ReviewsDemoData : IDatabaseSeeder<ReviewsDb>
{
    /// <summary>The first demo review's date; the others follow by hours.</summary>
    public static readonly DateTimeOffset FirstReviewAt = new(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);

    // Weighted towards 4 and 5 stars: index = a hash of the product and customer.
    private static readonly int[] RatingWheel = [5, 4, 5, 3, 4, 5, 2, 4, 5, 1, 4, 3];

    public async Task SeedAsync(ReviewsDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Reviews.Select(r => r.Id).ToHashSetAsync(cancellationToken).ConfigureAwait(false);
        foreach (var review in Reviews().Where(r => !existing.Contains(r.Id)))
        {
            db.Reviews.Add(review);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every demo review.</summary>
    public static IEnumerable<Review> Reviews()
    {
        var products = DemoReviews.Products().ToList();
        for (var p = 0; p < products.Count; p++)
        {
            var product = products[p];
            var productId = NameBasedGuid.CatalogProduct(product.Sku);
            var count = 2 + (p % 3);
            for (var c = 0; c < count; c++)
            {
                var customerIndex = (p + c * 2) % DemoReviews.Customers.Count;
                var author = DemoReviews.Customers[customerIndex];
                var rating = RatingWheel[(p * 7 + c * 5) % RatingWheel.Length];
                var (title, body) = DemoReviews.Text(product, rating, p + c);
                var at = FirstReviewAt.AddHours((p * 5) + (c * 31));
                yield return new Review
                {
                    Id = NameBasedGuid.Create(NameBasedGuid.ReviewsNamespace, $"review:{product.Sku}:{author}"),
                    ProductId = productId,
                    AuthorId = author,
                    Rating = rating,
                    Title = title,
                    Body = body,
                    HelpfulCount = 0,
                    CreatedAt = at,
                    UpdatedAt = at,
                };
            }
        }
    }
}
