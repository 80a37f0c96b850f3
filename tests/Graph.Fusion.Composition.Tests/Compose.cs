namespace Graph.Fusion.Composition.Tests;

/// <summary>Composes inline SDL source schemas for tests.</summary>
internal static class Compose
{
    public static CompositionResult Schemas(params (string Name, string Sdl)[] schemas) =>
        SchemaComposer.Compose([.. schemas.Select(s => SourceSchema.Parse(s.Name, s.Sdl))]);

    /// <summary>Source schemas named A, B, C, ... in order.</summary>
    public static CompositionResult Sdl(params string[] sdl) =>
        Schemas([.. sdl.Select((s, i) => (((char)('A' + i)).ToString(), s))]);
}
