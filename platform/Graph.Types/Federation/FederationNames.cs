namespace Graph.Types.Federation;

/// <summary>
/// The names the Apollo Federation v2 subgraph specification gives the additions every subgraph serves
/// (https://www.apollographql.com/docs/federation/subgraph-spec), and the error codes of <c>_entities</c>.
/// </summary>
public static class FederationNames
{
    public const string AnyScalar = "_Any";
    public const string ServiceType = "_Service";
    public const string EntityUnion = "_Entity";
    public const string ServiceField = "_service";
    public const string EntitiesField = "_entities";
    public const string SdlField = "sdl";
    public const string RepresentationsArgument = "representations";

    /// <summary>The Federation version the printed SDL links (2.3: <c>@key</c> on interfaces, <c>@interfaceObject</c>).</summary>
    public const string LinkUrl = "https://specs.apollo.dev/federation/v2.3";

    /// <summary>A representation's <c>__typename</c> names no entity type of this subgraph.</summary>
    public const string UnknownTypeNameCode = "FEDERATION_UNKNOWN_TYPENAME";

    /// <summary>A representation is not an object, has no <c>__typename</c>, lacks key fields, or a key value has the wrong type.</summary>
    public const string InvalidRepresentationCode = "FEDERATION_INVALID_REPRESENTATION";

    /// <summary>The entity type has no <c>@lookup</c> field on Query whose arguments its representations can fill.</summary>
    public const string EntityNotResolvableCode = "FEDERATION_ENTITY_NOT_RESOLVABLE";

    /// <summary>More representations than the configured limit in one <c>_entities</c> field.</summary>
    public const string TooManyRepresentationsCode = "FEDERATION_TOO_MANY_REPRESENTATIONS";
}
