namespace Graph.Catalog.Validation;

/// <summary>The limits of every catalog input that can grow; the SQL CHECK constraints hold the same bounds.</summary>
public static class CatalogLimits
{
    public const int SkuLength = 64;
    public const int NameLength = 200;
    public const int BrandLength = 100;
    public const int DescriptionLength = 5000;
    public const int ImageCount = 10;
    public const int ImageUrlLength = 2048;
    public const int AttributeCount = 50;
    public const int AttributeNameLength = 50;
    public const int AttributeValueLength = 200;
    public const int CategoryNameLength = 100;
    public const int SlugLength = 100;
    public const int CategoryDescriptionLength = 2000;
    public const int CompanyLength = 100;
    public const int TermsLength = 5000;
    public const int OfferDescriptionLength = 2000;
    public const int OfferTargetCount = 100;
    public const int MaxStock = 1_000_000;

    /// <summary>numeric(12, 2): ten digits before the point.</summary>
    public const decimal MaxAmount = 9_999_999_999.99m;
}
