using System.Buffers;
using System.Numerics;
using System.Text;
using FluentAssertions;
using Graph.Redis;
using Xunit;

namespace Graph.Redis.Tests;

public sealed class RespParserTests
{
    [Theory]
    [InlineData("+OK\r\n", RespType.SimpleString, "OK")]
    [InlineData("-ERR unknown command\r\n", RespType.SimpleError, "ERR unknown command")]
    [InlineData(":-42\r\n", RespType.Integer, "-42")]
    [InlineData("$5\r\nhello\r\n", RespType.BulkString, "hello")]
    [InlineData("$0\r\n\r\n", RespType.BulkString, "")]
    [InlineData("$-1\r\n", RespType.Null, null)]
    [InlineData("*-1\r\n", RespType.Null, null)]
    [InlineData("_\r\n", RespType.Null, null)]
    [InlineData("#t\r\n", RespType.Boolean, "true")]
    [InlineData("#f\r\n", RespType.Boolean, "false")]
    [InlineData(",3.25\r\n", RespType.Double, "3.25")]
    [InlineData("(3492890328409238509324850943850943825024385\r\n", RespType.BigNumber, "3492890328409238509324850943850943825024385")]
    [InlineData("!21\r\nSYNTAX invalid syntax\r\n", RespType.BulkError, "SYNTAX invalid syntax")]
    [InlineData("=15\r\ntxt:Some string\r\n", RespType.VerbatimString, "Some string")]
    [InlineData("$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;1\r\nd\r\n;0\r\n", RespType.BulkString, "Hello word")]
    public void Scalar_Replies_Should_Parse_To_Their_Type_And_Text(string wire, RespType type, string? text)
    {
        var value = ParseSingle(wire);

        value.Type.Should().Be(type);
        value.AsString().Should().Be(text);
    }

    [Fact]
    public void Binary_Bulk_String_Should_Keep_Every_Byte_Including_Crlf()
    {
        byte[] payload = [0, 13, 10, 255, 36];
        var wire = Concat("$5\r\n"u8.ToArray(), payload, "\r\n"u8.ToArray());

        var value = ParseSingle(wire);

        value.AsBytes().Should().Equal(payload);
    }

    [Theory]
    [InlineData(",inf\r\n", double.PositiveInfinity)]
    [InlineData(",-inf\r\n", double.NegativeInfinity)]
    [InlineData(",1e10\r\n", 1e10)]
    [InlineData(",-0.5\r\n", -0.5)]
    public void Doubles_Should_Include_Infinities_And_Exponents(string wire, double expected) =>
        ParseSingle(wire).AsDouble().Should().Be(expected);

    [Fact]
    public void Nan_Double_Should_Parse() => double.IsNaN(ParseSingle(",nan\r\n").AsDouble()).Should().BeTrue();

    [Fact]
    public void Big_Number_Should_Convert_To_BigInteger() =>
        ParseSingle("(-12345678901234567890123\r\n").AsBigInteger().Should().Be(BigInteger.Parse("-12345678901234567890123"));

    [Fact]
    public void Verbatim_String_Should_Expose_Its_Format() =>
        ParseSingle("=8\r\nmkd:# hi\r\n").VerbatimFormat.Should().Be("mkd");

    [Fact]
    public void Nested_Array_Should_Keep_Order_And_Mixed_Types()
    {
        var value = ParseSingle("*3\r\n:1\r\n*2\r\n+a\r\n$-1\r\n$3\r\nfoo\r\n");

        value.Type.Should().Be(RespType.Array);
        value.Items.Should().HaveCount(3);
        value.Items[0].AsInt64().Should().Be(1);
        value.Items[1].Items.Select(i => i.AsString()).Should().Equal("a", null);
        value.Items[2].AsString().Should().Be("foo");
    }

    [Fact]
    public void Empty_Array_Should_Parse() => ParseSingle("*0\r\n").Items.Should().BeEmpty();

    [Fact]
    public void Map_Should_Flatten_Keys_And_Values()
    {
        var value = ParseSingle("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n");

        value.Type.Should().Be(RespType.Map);
        value.Items.Select(i => i.AsString()).Should().Equal("first", "1", "second", "2");
    }

    [Fact]
    public void Set_And_Push_Should_Parse_As_Aggregates()
    {
        ParseSingle("~2\r\n+a\r\n+b\r\n").Type.Should().Be(RespType.Set);
        var push = ParseSingle(">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n");
        push.Type.Should().Be(RespType.Push);
        push.Items.Select(i => i.AsString()).Should().Equal("message", "ch", "hi");
    }

    [Fact]
    public void Streamed_Aggregate_Should_Collect_Until_End_Marker()
    {
        var value = ParseSingle("*?\r\n:1\r\n:2\r\n+three\r\n.\r\n");

        value.Items.Select(i => i.AsString()).Should().Equal("1", "2", "three");
    }

    [Fact]
    public void Attribute_Should_Attach_To_The_Reply_That_Follows()
    {
        var value = ParseSingle("|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*2\r\n:2039123\r\n:9543892\r\n");

        value.Type.Should().Be(RespType.Array);
        value.Items.Select(i => i.AsInt64()).Should().Equal(2039123, 9543892);
        value.Attributes.Should().NotBeNull();
        value.Attributes![0].AsString().Should().Be("key-popularity");
    }

    [Fact]
    public void Every_Proper_Prefix_Should_Be_Incomplete_And_Consume_Nothing()
    {
        var wire = Encoding.ASCII.GetBytes("*4\r\n$3\r\nfoo\r\n%1\r\n+k\r\n,1.5\r\n$?\r\n;2\r\nab\r\n;0\r\n|1\r\n+a\r\n+b\r\n#t\r\n");

        for (var length = 0; length < wire.Length; length++)
        {
            var buffer = new ReadOnlySequence<byte>(wire, 0, length);
            RespParser.TryParse(ref buffer, out _).Should().BeFalse($"{length} of {wire.Length} bytes are not a whole reply");
            buffer.Length.Should().Be(length);
        }

        var whole = new ReadOnlySequence<byte>(wire);
        RespParser.TryParse(ref whole, out var value).Should().BeTrue();
        whole.Length.Should().Be(0);
        value.Items.Should().HaveCount(4);
    }

    [Fact]
    public void Reply_Split_Across_One_Byte_Segments_Should_Parse()
    {
        var wire = Encoding.ASCII.GetBytes("*2\r\n$11\r\nhello world\r\n:12345\r\n");
        var buffer = Segmented(wire, segmentSize: 1);

        RespParser.TryParse(ref buffer, out var value).Should().BeTrue();

        value.Items[0].AsString().Should().Be("hello world");
        value.Items[1].AsInt64().Should().Be(12345);
    }

    [Fact]
    public void Several_Replies_In_One_Buffer_Should_Parse_In_Order()
    {
        var buffer = Segmented(Encoding.ASCII.GetBytes("+OK\r\n:1\r\n$1\r\nx\r\n+PO"), segmentSize: 3);
        var values = new List<string?>();

        while (RespParser.TryParse(ref buffer, out var value))
        {
            values.Add(value.AsString());
        }

        values.Should().Equal("OK", "1", "x");
        Encoding.ASCII.GetString(buffer.ToArray()).Should().Be("+PO");
    }

    [Theory]
    [InlineData("?oops\r\n")]
    [InlineData(":12a\r\n")]
    [InlineData("$3\r\nabcXY")]
    [InlineData("#x\r\n")]
    [InlineData("$-5\r\n")]
    public void Malformed_Input_Should_Throw_A_Protocol_Exception(string wire)
    {
        var act = () => ParseSingle(wire);

        act.Should().Throw<RedisProtocolException>();
    }

    [Fact]
    public void Command_Should_Encode_As_Array_Of_Bulk_Strings()
    {
        var output = new ArrayBufferWriter<byte>();

        RespCommandWriter.Write(output, ["SET", RedisArg.Key("p:", "k\u00e9"), 42L, new byte[] { 1, 2 }]);

        output.WrittenSpan.ToArray().Should().Equal(
            Concat(Encoding.UTF8.GetBytes("*4\r\n$3\r\nSET\r\n$5\r\np:k\u00e9\r\n$2\r\n42\r\n$2\r\n"), [1, 2], "\r\n"u8.ToArray()));
    }

    private static RespValue ParseSingle(string wire) => ParseSingle(Encoding.UTF8.GetBytes(wire));

    private static RespValue ParseSingle(byte[] wire)
    {
        var buffer = new ReadOnlySequence<byte>(wire);
        RespParser.TryParse(ref buffer, out var value).Should().BeTrue("the input is one whole reply");
        buffer.Length.Should().Be(0, "the whole reply is consumed");
        return value;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static ReadOnlySequence<byte> Segmented(byte[] data, int segmentSize)
    {
        var first = new Segment(data.AsMemory(0, Math.Min(segmentSize, data.Length)), 0);
        var last = first;
        for (var offset = segmentSize; offset < data.Length; offset += segmentSize)
        {
            last = last.Append(data.AsMemory(offset, Math.Min(segmentSize, data.Length - offset)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
