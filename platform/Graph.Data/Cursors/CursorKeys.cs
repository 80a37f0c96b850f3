using System.Globalization;
using Graph.Execution;

namespace Graph.Data;

/// <summary>
/// The ordering keys' values of one row, as carried by an opaque cursor. <see cref="QueryableConnectionExtensions"/> uses it for
/// EF Core queries; a resolver paging raw SQL (e.g. full-text search ordered by <c>(rank desc, id)</c>) encodes the
/// keys of each row with <see cref="Encode"/> and builds its keyset condition from <see cref="Decode"/>'s values.
/// Supported values: <see cref="Guid"/>, <see cref="string"/>, <see cref="bool"/>, <see cref="short"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, <see cref="float"/>, <see cref="DateTime"/> (with its kind),
/// <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, enums (as <see cref="long"/>) and null.
/// </summary>
public sealed class CursorKeys
{
    private readonly object?[] _values;

    private CursorKeys(object?[] values) => _values = values;

    /// <summary>How many keys the cursor holds.</summary>
    public int Count => _values.Length;

    /// <summary>The key at <paramref name="index"/>, in ordering order, as decoded (boxed; null for a null key).</summary>
    public object? this[int index] => _values[index];

    /// <summary>The keys in ordering order.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>An opaque cursor (base64url, versioned, checksummed) for a row whose ordering keys have these values.</summary>
    /// <exception cref="ArgumentException">A value's type is not supported, or there are more than 16 keys.</exception>
    public static string Encode(params ReadOnlySpan<object?> values) => CursorFormat.Encode(values);

    /// <summary>
    /// Decodes a cursor given by a client in the argument named <paramref name="argument"/> (used in the error).
    /// </summary>
    /// <exception cref="GraphQLException">Code <c>PAGING_INVALID_CURSOR</c>: the text is not a cursor of this format.</exception>
    public static CursorKeys Decode(string cursor, string argument = "after")
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return CursorFormat.TryDecode(cursor, out var reason) is { } values
            ? new CursorKeys(values)
            : throw PagingErrorCodes.InvalidCursorError(argument, reason ?? "it is malformed");
    }

    /// <summary>Decodes a cursor, or returns false when it is not a cursor of this format.</summary>
    public static bool TryDecode(string? cursor, out CursorKeys? keys)
    {
        keys = cursor is not null && CursorFormat.TryDecode(cursor, out _) is { } values ? new CursorKeys(values) : null;
        return keys is not null;
    }

    /// <summary>
    /// The key at <paramref name="index"/> as <typeparamref name="T"/>. An enum or nullable target is converted from the
    /// stored value; any other mismatch means the cursor came from a differently ordered field.
    /// </summary>
    /// <exception cref="GraphQLException">Code <c>PAGING_INVALID_CURSOR</c>: no such key, or it has another type.</exception>
    public T Get<T>(int index, string argument = "after")
    {
        if (index < 0 || index >= _values.Length || !TryConvert(_values[index], typeof(T), out var converted))
        {
            throw PagingErrorCodes.InvalidCursorError(argument, $"its key {index} is not a {typeof(T).Name}");
        }

        return (T)converted!;
    }

    /// <summary>
    /// Checks that the cursor has exactly one key per type of <paramref name="keyTypes"/>, each of that type (null only
    /// for a nullable or reference type), and returns the values converted to them.
    /// </summary>
    /// <exception cref="GraphQLException">Code <c>PAGING_INVALID_CURSOR</c> on any mismatch.</exception>
    public object?[] Match(IReadOnlyList<Type> keyTypes, string argument)
    {
        ArgumentNullException.ThrowIfNull(keyTypes);
        if (keyTypes.Count != _values.Length)
        {
            throw PagingErrorCodes.InvalidCursorError(argument, $"it holds {_values.Length} keys where this field orders by {keyTypes.Count}");
        }

        var result = new object?[_values.Length];
        for (var i = 0; i < _values.Length; i++)
        {
            if (!TryConvert(_values[i], keyTypes[i], out result[i]))
            {
                throw PagingErrorCodes.InvalidCursorError(argument, $"its key {i} does not fit this field's ordering ({keyTypes[i].Name})");
            }
        }

        return result;
    }

    private static bool TryConvert(object? value, Type target, out object? converted)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        converted = value;
        if (value is null)
        {
            return underlying is not null || !target.IsValueType;
        }

        var type = underlying ?? target;
        if (type.IsInstanceOfType(value))
        {
            return true;
        }

        if (type.IsEnum && value is long number)
        {
            converted = Enum.ToObject(type, number);
            return Enum.GetUnderlyingType(type) == typeof(ulong) || Convert.ToInt64(converted, CultureInfo.InvariantCulture) == number;
        }

        converted = null;
        return false;
    }
}
