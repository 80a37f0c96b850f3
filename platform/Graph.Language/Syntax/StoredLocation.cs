using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>
/// How a node keeps its <see cref="Location"/>: 16 bytes with "no location" encoded in the line, where a
/// <c>Location?</c> field takes 20 and pads every node by another 8. Nodes are most of what a parse
/// allocates, and allocation volume is most of its cost (the runtime zeroes every byte it hands out).
/// </summary>
/// <remarks>
/// The default value means "no location": the line is stored XOR <see cref="int.MinValue"/>, so only a
/// location on line <see cref="int.MinValue"/> (which no source has: lines count from 1) reads back as none.
/// </remarks>
internal readonly struct StoredLocation : IEquatable<StoredLocation>
{
    private const int LineMarker = int.MinValue;

    private readonly int _start;
    private readonly int _end;
    private readonly int _markedLine;
    private readonly int _column;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StoredLocation(Location? location)
    {
        if (location is { } value)
        {
            _start = value.Start;
            _end = value.End;
            _markedLine = value.Line ^ LineMarker;
            _column = value.Column;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StoredLocation(int start, int end, int line, int column)
    {
        _start = start;
        _end = end;
        _markedLine = line ^ LineMarker;
        _column = column;
    }

    public Location? Value => _markedLine == 0 ? null : new Location(_start, _end, _markedLine ^ LineMarker, _column);

    public bool Equals(StoredLocation other) =>
        _start == other._start && _end == other._end && _markedLine == other._markedLine && _column == other._column;

    public override bool Equals(object? obj) => obj is StoredLocation other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_start, _end, _markedLine, _column);
}
