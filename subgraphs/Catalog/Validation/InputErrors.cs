using System.Text.RegularExpressions;
using Graph.Catalog.Domain;
using Graph.ServiceDefaults.Errors;

namespace Graph.Catalog.Validation;

/// <summary>
/// Collects the <see cref="ValidationError"/>s of one mutation input; every rule is checked so a client sees all its
/// mistakes at once. Field names are paths from the input (<c>price.amount</c>, <c>attributes[2].name</c>).
/// </summary>
public sealed partial class InputErrors
{
    private readonly List<IError> _errors = [];

    public IReadOnlyList<IError> Errors => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(IError error) => _errors.Add(error);

    public void Invalid(string field, string message) => _errors.Add(new ValidationError(field, message));

    /// <summary>A required text: not blank, at most <paramref name="max"/> characters.</summary>
    public void Required(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Invalid(field, $"`{field}` must not be empty.");
        }
        else
        {
            MaxLength(field, value, max);
        }
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Invalid(field, $"`{field}` must be at most {max} characters; got {value.Length}.");
        }
    }

    public void Sku(string field, string? value)
    {
        Required(field, value, CatalogLimits.SkuLength);
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= CatalogLimits.SkuLength && !SkuPattern().IsMatch(value))
        {
            Invalid(field, $"`{field}` may contain only letters, digits, '-', '_' and '.'.");
        }
    }

    public void Slug(string field, string? value)
    {
        Required(field, value, CatalogLimits.SlugLength);
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= CatalogLimits.SlugLength && !SlugPattern().IsMatch(value))
        {
            Invalid(field, $"`{field}` must be lowercase words of letters and digits joined by '-', e.g. `running-shoes`.");
        }
    }

    public void Money(string field, Money? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Amount < 0)
        {
            Invalid($"{field}.amount", $"`{field}.amount` must not be negative; got {value.Amount}.");
        }
        else if (value.Amount > CatalogLimits.MaxAmount)
        {
            Invalid($"{field}.amount", $"`{field}.amount` must be at most {CatalogLimits.MaxAmount}.");
        }
        else if (decimal.Round(value.Amount, 2) != value.Amount)
        {
            Invalid($"{field}.amount", $"`{field}.amount` must have at most two decimal places; got {value.Amount}.");
        }

        if (value.Currency is null || !CurrencyPattern().IsMatch(value.Currency))
        {
            Invalid($"{field}.currency", $"`{field}.currency` must be an ISO 4217 code of three capital letters, e.g. `USD`.");
        }
    }

    /// <summary>A discount: more than 0 (a 0 % offer or coupon gives nothing) and at most 100 percent, two decimals.</summary>
    public void Percent(string field, decimal? value)
    {
        if (value is { } percent && (percent <= 0 || percent > 100 || decimal.Round(percent, 2) != percent))
        {
            Invalid(field, $"`{field}` must be more than 0 and at most 100, with at most two decimals; got {percent}.");
        }
    }

    public void Window(string fromField, DateTimeOffset from, string untilField, DateTimeOffset until)
    {
        if (from >= until)
        {
            Invalid(untilField, $"`{untilField}` must be later than `{fromField}`.");
        }
    }

    public void Stock(string field, int? value)
    {
        if (value is { } count && (count < 0 || count > CatalogLimits.MaxStock))
        {
            Invalid(field, $"`{field}` must be between 0 and {CatalogLimits.MaxStock}; got {count}.");
        }
    }

    public void ImageUrls(string field, IReadOnlyList<string>? urls)
    {
        if (urls is null)
        {
            return;
        }

        if (urls.Count > CatalogLimits.ImageCount)
        {
            Invalid(field, $"`{field}` may hold at most {CatalogLimits.ImageCount} URLs; got {urls.Count}.");
            return;
        }

        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i];
            var ok = url.Length <= CatalogLimits.ImageUrlLength
                && (url.StartsWith('/') || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)));
            if (!ok)
            {
                Invalid($"{field}[{i}]", $"`{field}[{i}]` must be an http(s) URL or a path starting with '/', at most {CatalogLimits.ImageUrlLength} characters.");
            }
        }
    }

    public void Attributes(string field, IReadOnlyList<ProductAttributeInput>? attributes)
    {
        if (attributes is null)
        {
            return;
        }

        if (attributes.Count > CatalogLimits.AttributeCount)
        {
            Invalid(field, $"`{field}` may hold at most {CatalogLimits.AttributeCount} attributes; got {attributes.Count}.");
            return;
        }

        for (var i = 0; i < attributes.Count; i++)
        {
            Required($"{field}[{i}].name", attributes[i].Name, CatalogLimits.AttributeNameLength);
            MaxLength($"{field}[{i}].value", attributes[i].Value, CatalogLimits.AttributeValueLength);
        }
    }

    public void IdList(string field, IReadOnlyList<Guid>? ids, int max)
    {
        if (ids is { Count: var count } && count > max)
        {
            Invalid(field, $"`{field}` may hold at most {max} ids; got {count}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
