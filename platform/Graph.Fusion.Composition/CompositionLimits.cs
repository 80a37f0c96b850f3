namespace Graph.Fusion.Composition;

/// <summary>Limits on composition input, so a runaway manifest or schema file is refused with a clear error.</summary>
public static class CompositionLimits
{
    /// <summary>The largest source schema SDL accepted, in UTF-8 bytes (1 MB).</summary>
    public const int MaxSdlBytes = 1024 * 1024;

    /// <summary>The most source schemas one composition accepts.</summary>
    public const int MaxSourceSchemas = 64;

    /// <summary>The code of the error for a source schema larger than <see cref="MaxSdlBytes"/>.</summary>
    public const string SourceSchemaTooLarge = "SOURCE_SCHEMA_TOO_LARGE";

    /// <summary>The code of the error for more than <see cref="MaxSourceSchemas"/> source schemas.</summary>
    public const string TooManySourceSchemas = "TOO_MANY_SOURCE_SCHEMAS";

    /// <summary>The code of the error for two source schemas with the same name.</summary>
    public const string DuplicateSourceSchema = "DUPLICATE_SOURCE_SCHEMA";
}
