using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Reviews.Domain;
using Graph.Reviews.Errors;
using Graph.Reviews.Events;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Reviews.GraphQL;

/// <summary>
/// Writing reviews: a customer adds one review per product and edits or deletes only their own (another's review is
/// answered as not found, never changed); an admin hides any. Each change commits with its <c>review.changed</c> event.
/// </summary>
[MutationType]
public static class ReviewMutations
{
    private const string UniqueViolation = "23505";
    private const string OneReviewPerProductIndex = "ux_reviews_product_author";

    [Authorize]
    [GraphQLDescription("Reviews a product as the caller (one review per product). Emits `review.changed` (created).")]
    public static async Task<AddReviewPayload> AddReviewAsync(
        AddReviewInput input, ClaimsPrincipal caller, ReviewsDb db, ReviewChangeCommitter committer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId()!.Value;
        var errors = new List<IError>();
        ReviewInputCheck.ProductId(errors, input.ProductId);
        ReviewInputCheck.Rating(errors, input.Rating);
        var title = ReviewInputCheck.Title(errors, input.Title);
        var body = ReviewInputCheck.Body(errors, input.Body);
        if (errors.Count > 0)
        {
            return new AddReviewPayload(null, errors);
        }

        if (await FindOwnReviewIdAsync(db, input.ProductId, userId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new AddReviewPayload(null, [new ReviewExistsError(existing)]);
        }

        var now = clock.GetUtcNow();
        var review = new Review
        {
            Id = Guid.CreateVersion7(now), ProductId = input.ProductId, AuthorId = userId, Rating = input.Rating,
            Title = title, Body = body, CreatedAt = now, UpdatedAt = now,
        };
        db.Reviews.Add(review);
        try
        {
            await committer.CommitAsync(ReviewChanged.Of(review, ReviewChanged.Created), cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: UniqueViolation, ConstraintName: OneReviewPerProductIndex })
        {
            // A concurrent addReview of the same user and product committed first: nothing of ours was written.
            db.ChangeTracker.Clear();
            var winner = await FindOwnReviewIdAsync(db, input.ProductId, userId, cancellationToken).ConfigureAwait(false);
            return new AddReviewPayload(null, [new ReviewExistsError(winner ?? Guid.Empty)]);
        }

        return new AddReviewPayload(review, []);
    }

    [Authorize]
    [GraphQLDescription("Changes the caller's own review (another's is NOT_FOUND). Emits `review.changed` (edited).")]
    public static async Task<EditReviewPayload> EditReviewAsync(
        EditReviewInput input, ClaimsPrincipal caller, ReviewsDb db, ReviewChangeCommitter committer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        if (input.Rating is null && input.Title is null && input.Body is null)
        {
            errors.Add(new ValidationError("input", "Give at least one of `rating`, `title` and `body`."));
        }

        if (input.Rating is { } rating)
        {
            ReviewInputCheck.Rating(errors, rating);
        }

        var title = input.Title is null ? null : ReviewInputCheck.Title(errors, input.Title);
        var body = input.Body is null ? null : ReviewInputCheck.Body(errors, input.Body);
        if (errors.Count > 0)
        {
            return new EditReviewPayload(null, errors);
        }

        var review = await FindAuthoredAsync(db, caller, input.ReviewId, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return new EditReviewPayload(null, [new NotFoundError("Review", input.ReviewId.ToString())]);
        }

        review.Rating = input.Rating ?? review.Rating;
        review.Title = title ?? review.Title;
        review.Body = body ?? review.Body;
        review.UpdatedAt = clock.GetUtcNow();
        await committer.CommitAsync(ReviewChanged.Of(review, ReviewChanged.Edited), cancellationToken).ConfigureAwait(false);
        return new EditReviewPayload(review, []);
    }

    [Authorize]
    [GraphQLDescription("Deletes the caller's own review (another's is NOT_FOUND). Emits `review.changed` (deleted).")]
    public static async Task<DeleteReviewPayload> DeleteReviewAsync(
        ReviewIdInput input, ClaimsPrincipal caller, ReviewsDb db, ReviewChangeCommitter committer, CancellationToken cancellationToken)
    {
        var review = await FindAuthoredAsync(db, caller, input.ReviewId, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return new DeleteReviewPayload(null, [new NotFoundError("Review", input.ReviewId.ToString())]);
        }

        db.Reviews.Remove(review);
        await committer.CommitAsync(ReviewChanged.Of(review, ReviewChanged.Deleted), cancellationToken).ConfigureAwait(false);
        return new DeleteReviewPayload(review.Id, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Hides a review from everyone but admins and from rating summaries (admins only). Emits `review.changed` (hidden); hiding a hidden review changes nothing.")]
    public static async Task<HideReviewPayload> HideReviewAsync(
        ReviewIdInput input, ReviewsDb db, ReviewChangeCommitter committer, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == input.ReviewId, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return new HideReviewPayload(null, [new NotFoundError("Review", input.ReviewId.ToString())]);
        }

        if (!review.Hidden)
        {
            review.Hidden = true;
            await committer.CommitAsync(ReviewChanged.Of(review, ReviewChanged.Hidden), cancellationToken).ConfigureAwait(false);
        }

        return new HideReviewPayload(review, []);
    }

    [Authorize]
    [GraphQLDescription("Marks another customer's review helpful, once per caller and review.")]
    public static async Task<MarkHelpfulPayload> MarkHelpfulAsync(
        ReviewIdInput input, ClaimsPrincipal caller, ReviewsDb db, ReviewChangeCommitter committer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId()!.Value;
        // The review row is locked while its count and the vote change: concurrent votes never lose an increment.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM reviews WHERE id = {input.ReviewId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == input.ReviewId && !r.Hidden, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return new MarkHelpfulPayload(null, [new NotFoundError("Review", input.ReviewId.ToString())]);
        }

        if (review.AuthorId == userId)
        {
            return new MarkHelpfulPayload(null, [new OwnReviewError()]);
        }

        if (await db.HelpfulVotes.AnyAsync(v => v.ReviewId == review.Id && v.UserId == userId, cancellationToken).ConfigureAwait(false))
        {
            return new MarkHelpfulPayload(null, [new AlreadyMarkedHelpfulError()]);
        }

        db.HelpfulVotes.Add(new HelpfulVote { ReviewId = review.Id, UserId = userId, CreatedAt = clock.GetUtcNow() });
        review.HelpfulCount++;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await committer.EvictAsync([$"{CacheTags.Review}:{review.Id}"], cancellationToken).ConfigureAwait(false);
        return new MarkHelpfulPayload(review, []);
    }

    private static async Task<Guid?> FindOwnReviewIdAsync(ReviewsDb db, Guid productId, Guid userId, CancellationToken cancellationToken)
    {
        var ids = await db.Reviews.AsNoTracking()
            .Where(r => r.ProductId == productId && r.AuthorId == userId)
            .Select(r => r.Id)
            .Take(1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0 ? null : ids[0];
    }

    /// <summary>The caller's own visible review, tracked; another's (or a hidden one) is null, indistinguishable from none.</summary>
    private static Task<Review?> FindAuthoredAsync(ReviewsDb db, ClaimsPrincipal caller, Guid reviewId, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId()!.Value;
        return db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId && r.AuthorId == userId && !r.Hidden, cancellationToken);
    }
}
