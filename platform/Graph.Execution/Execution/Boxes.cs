namespace Graph.Execution;

/// <summary>
/// Shared boxes for values that would otherwise be boxed again for every field of every object (a result holds
/// <c>object?</c> values): the two Booleans. Boxed values are immutable, so sharing them is safe.
/// </summary>
internal static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Of(bool value) => value ? True : False;
}
