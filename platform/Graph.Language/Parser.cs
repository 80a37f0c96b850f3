using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Graph.Language;

/// <summary>
/// Parses GraphQL source (spec 2) into syntax trees, like graphql-js's <c>parse</c>, <c>parseValue</c>,
/// <c>parseConstValue</c>, <c>parseType</c> and <c>parseSchemaCoordinate</c>. The byte overloads read
/// UTF-8 directly; the string overloads encode first. Errors throw <see cref="GraphQLSyntaxException"/>.
/// </summary>
public static class Parser
{
    /// <summary>Document : Definition+ (spec 2.2), executable and type-system definitions alike.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var lists = NodeListBuilder.Rent();
        try
        {
            var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default, lists);
            return parser.ParseDocument();
        }
        finally
        {
            NodeListBuilder.Return(lists);
        }
    }

    public static DocumentNode Parse(ReadOnlyMemory<byte> utf8, ParserOptions? options = null) => Parse(utf8.Span, options);

    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var utf8 = Utf8Source.From(source);
        return Parse(utf8.Span, options);
    }

    /// <summary>Value (spec 2.9), variables allowed, the whole source being one value.</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) => ParseValue(utf8, false, options);

    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var utf8 = Utf8Source.From(source);
        return ParseValue(utf8.Span, false, options);
    }

    /// <summary>Value[Const] (spec 2.9): a value without variables.</summary>
    public static ValueNode ParseConstValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null) => ParseValue(utf8, true, options);

    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var utf8 = Utf8Source.From(source);
        return ParseValue(utf8.Span, true, options);
    }

    /// <summary>Type (spec 2.11): a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var lists = NodeListBuilder.Rent();
        try
        {
            var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default, lists);
            parser.ExpectStartOfFile();
            var type = parser.ParseTypeReference();
            parser.ExpectEndOfFile();
            return type;
        }
        finally
        {
            NodeListBuilder.Return(lists);
        }
    }

    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var utf8 = Utf8Source.From(source);
        return ParseType(utf8.Span, options);
    }

    /// <summary>SchemaCoordinate (spec 2.13), for example <c>Query.product(id:)</c> or <c>@deprecated(reason:)</c>.</summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(ReadOnlySpan<byte> utf8) => new SchemaCoordinateParser(utf8).Parse();

    public static SchemaCoordinateNode ParseSchemaCoordinate(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var utf8 = Utf8Source.From(source);
        return ParseSchemaCoordinate(utf8.Span);
    }

    private static ValueNode ParseValue(ReadOnlySpan<byte> utf8, bool isConst, ParserOptions? options)
    {
        var lists = NodeListBuilder.Rent();
        try
        {
            var parser = new Utf8GraphQLParser(utf8, options ?? ParserOptions.Default, lists);
            parser.ExpectStartOfFile();
            var value = parser.ParseValueLiteral(isConst);
            parser.ExpectEndOfFile();
            return value;
        }
        finally
        {
            NodeListBuilder.Return(lists);
        }
    }
}

/// <summary>
/// A string encoded to UTF-8 in a pooled buffer. A lone surrogate (which a .NET string may hold)
/// is encoded as its three-byte form so that the lexer rejects it where graphql-js does.
/// </summary>
internal readonly struct Utf8Source : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private Utf8Source(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public static Utf8Source From(string source)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        var input = source.AsSpan();
        var written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(input, buffer.AsSpan(written), out var read, out var wrote, replaceInvalidSequences: false);
            written += wrote;
            input = input[read..];
            if (status != OperationStatus.InvalidData)
            {
                return new Utf8Source(buffer, written);
            }

            int surrogate = input[0];
            buffer[written++] = (byte)(0xE0 | (surrogate >> 12));
            buffer[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            buffer[written++] = (byte)(0x80 | (surrogate & 0x3F));
            input = input[1..];
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
