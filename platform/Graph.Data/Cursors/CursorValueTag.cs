namespace Graph.Data;

/// <summary>
/// The type tag written before each value of a cursor (format version 1). Values never change meaning once released:
/// a new type gets a new number, and a changed layout gets a new format version.
/// </summary>
internal enum CursorValueTag : byte
{
    Null = 0,
    False = 1,
    True = 2,
    Int32 = 3,
    Int64 = 4,
    Decimal = 5,
    Double = 6,
    Single = 7,
    Guid = 8,
    String = 9,
    DateTime = 10,
    DateTimeOffset = 11,
    DateOnly = 12,
    Int16 = 13,
}
