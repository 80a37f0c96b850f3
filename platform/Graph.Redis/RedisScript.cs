using System.Security.Cryptography;
using System.Text;

namespace Graph.Redis;

/// <summary>
/// A Lua script with its SHA1 computed once, so it runs by digest (<c>EVALSHA</c>) and its
/// text is sent only when the server does not know it yet (after a restart or <c>SCRIPT FLUSH</c>).
/// </summary>
public sealed class RedisScript
{
    public RedisScript(string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        Source = source;
#pragma warning disable CA5350 // SHA1 is what Redis names scripts by (EVALSHA), not a security use.
        Sha1 = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
#pragma warning restore CA5350
    }

    public string Source { get; }

    /// <summary>The lowercase hex digest <c>SCRIPT LOAD</c> returns and <c>EVALSHA</c> expects.</summary>
    public string Sha1 { get; }

    public override string ToString() => Sha1;
}
