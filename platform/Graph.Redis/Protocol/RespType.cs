namespace Graph.Redis;

/// <summary>
/// Reply types of the Redis serialization protocol; the first byte of each reply selects one
/// (https://redis.io/docs/latest/develop/reference/protocol-spec/#resp-protocol-description).
/// RESP2 replies use the first five; RESP3 (after <c>HELLO 3</c>) may send any of them.
/// </summary>
public enum RespType : byte
{
    /// <summary><c>+</c> (RESP2): a short, binary-unsafe status such as <c>OK</c>.</summary>
    SimpleString,

    /// <summary><c>-</c> (RESP2): an error; its first word is the error kind (<c>ERR</c>, <c>NOSCRIPT</c>, ...).</summary>
    SimpleError,

    /// <summary><c>:</c> (RESP2): a signed 64-bit integer.</summary>
    Integer,

    /// <summary><c>$</c> (RESP2): a binary-safe string.</summary>
    BulkString,

    /// <summary><c>*</c> (RESP2): an ordered list of replies.</summary>
    Array,

    /// <summary><c>_</c> (RESP3), also RESP2's null bulk string <c>$-1</c> and null array <c>*-1</c>.</summary>
    Null,

    /// <summary><c>#</c> (RESP3): <c>t</c> or <c>f</c>.</summary>
    Boolean,

    /// <summary><c>,</c> (RESP3): a double, including <c>inf</c>, <c>-inf</c> and <c>nan</c>.</summary>
    Double,

    /// <summary><c>(</c> (RESP3): an integer outside the 64-bit range, kept as its decimal digits.</summary>
    BigNumber,

    /// <summary><c>!</c> (RESP3): a binary-safe error.</summary>
    BulkError,

    /// <summary><c>=</c> (RESP3): a string with a three-letter format prefix (<c>txt:</c>, <c>mkd:</c>).</summary>
    VerbatimString,

    /// <summary><c>%</c> (RESP3): key/value pairs, flattened as key, value, key, value.</summary>
    Map,

    /// <summary><c>~</c> (RESP3): an unordered collection.</summary>
    Set,

    /// <summary><c>&gt;</c> (RESP3): out-of-band data (pub/sub messages, invalidations), never a command's reply.</summary>
    Push,
}
