namespace Graph.Types.Tests;

internal static class SchemaTestHelpers
{
    public static Schema Build(string sdl) => new SchemaBuilder().AddSdl(sdl).Build();

    /// <summary>The messages of the errors of an invalid schema; empty when it builds.</summary>
    public static IReadOnlyList<string> Errors(string sdl)
    {
        try
        {
            Build(sdl);
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return exception.Errors.Select(e => e.Message).ToArray();
        }
    }

    public static string Print(string sdl) => Build(sdl).ToSdl();
}
