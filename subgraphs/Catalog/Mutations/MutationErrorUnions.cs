using System.Text;

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

    private static readonly (string Name, string Mutation, string[] Members)[] Unions =
    [
        (CreateProduct, "createProduct", ["ValidationError", "NotFoundError", "DuplicateSkuError"]),
        (UpdateProduct, "updateProduct", ["ValidationError", "NotFoundError", "DuplicateSkuError"]),
        (DeleteProduct, "deleteProduct", ["NotFoundError"]),
        (CreateCategory, "createCategory", ["ValidationError", "NotFoundError", "DuplicateSlugError"]),
        (UpdateCategory, "updateCategory", ["ValidationError", "NotFoundError", "DuplicateSlugError"]),
        (CreateCoupon, "createCoupon", ["ValidationError", "NotFoundError"]),
        (UpdateCoupon, "updateCoupon", ["ValidationError", "NotFoundError"]),
        (CreateOffer, "createOffer", ["ValidationError", "NotFoundError"]),
        (UpdateOffer, "updateOffer", ["ValidationError", "NotFoundError"]),
        (AdjustInventory, "adjustInventory", ["ValidationError", "NotFoundError", "StockBelowReservedError"]),
    ];

    /// <summary>The union definitions, with descriptions, as SDL.</summary>
    public static string Sdl
    {
        get
        {
            var sdl = new StringBuilder();
            foreach (var (name, mutation, members) in Unions)
            {
                sdl.Append("\"The errors `").Append(mutation).Append("` can return.\"\n")
                   .Append("union ").Append(name).Append(" = ").AppendJoin(" | ", members).Append("\n\n");
            }

            return sdl.ToString();
        }
    }
}
