using Graph.ServiceDefaults.Errors;

namespace Graph.Catalog.Mutations;

/// <summary>
/// The <c>XyzError</c> union of each mutation (HotChocolate's mutation conventions): the error types it can return.
/// They are declared in SDL rather than as <c>[UnionType]</c> C# interfaces because the shared
/// <c>ValidationError</c>/<c>NotFoundError</c> records of ServiceDefaults cannot implement an interface of this
/// assembly; a payload's <c>errors</c> field names its union with <c>[GraphQLType]</c>.
/// </summary>
public static class MutationErrorUnions
{
    public const string CreateProduct = "CreateProductError";
    public const string UpdateProduct = "UpdateProductError";
    public const string DeleteProduct = "DeleteProductError";
    public const string CreateCategory = "CreateCategoryError";
    public const string UpdateCategory = "UpdateCategoryError";
    public const string CreateCoupon = "CreateCouponError";
    public const string UpdateCoupon = "UpdateCouponError";
    public const string CreateOffer = "CreateOfferError";
    public const string UpdateOffer = "UpdateOfferError";
    public const string AdjustInventory = "AdjustInventoryError";

    /// <summary>Every mutation error union of the service, for <c>AddMutationErrorUnions</c>.</summary>
    public static readonly MutationErrorUnion[] Unions =
    [
        new(CreateProduct, "createProduct", ["ValidationError", "NotFoundError", "DuplicateSkuError"]),
        new(UpdateProduct, "updateProduct", ["ValidationError", "NotFoundError", "DuplicateSkuError"]),
        new(DeleteProduct, "deleteProduct", ["NotFoundError"]),
        new(CreateCategory, "createCategory", ["ValidationError", "NotFoundError", "DuplicateSlugError"]),
        new(UpdateCategory, "updateCategory", ["ValidationError", "NotFoundError", "DuplicateSlugError"]),
        new(CreateCoupon, "createCoupon", ["ValidationError", "NotFoundError"]),
        new(UpdateCoupon, "updateCoupon", ["ValidationError", "NotFoundError"]),
        new(CreateOffer, "createOffer", ["ValidationError", "NotFoundError"]),
        new(UpdateOffer, "updateOffer", ["ValidationError", "NotFoundError"]),
        new(AdjustInventory, "adjustInventory", ["ValidationError", "NotFoundError", "StockBelowReservedError"]),
    ];
}
