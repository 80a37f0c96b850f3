namespace Graph.Fusion.Composition.Tests.Rules;

/// <summary>
/// A valid and an invalid composition for one spec rule: each is a list of source schema SDLs (named A, B, C, ... unless
/// <see cref="Names"/> is given). Most are the spec's own examples, completed where the spec leaves out types.
/// </summary>
public sealed record RuleCase(string Code, string[] Valid, string[] Invalid, string[]? Names = null, bool SkipSourceValidation = false)
{
    public override string ToString() => Code;

    internal CompositionResult Compose(string[] sdl)
    {
        var names = Names ?? [.. sdl.Select((_, i) => ((char)('A' + i)).ToString())];
        return SchemaComposer.Compose([.. sdl.Select((s, i) => SourceSchema.Parse(names[i], s))], validateSourceSchemas: !SkipSourceValidation);
    }
}
