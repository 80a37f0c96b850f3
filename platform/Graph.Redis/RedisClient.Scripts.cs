using System.Buffers;

namespace Graph.Redis;

public sealed partial class RedisClient
{
    /// <summary><c>SCRIPT LOAD</c>: caches the script on the server and returns its SHA1.</summary>
    public async Task<string> ScriptLoadAsync(RedisScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var reply = await ExecuteAsync(["SCRIPT", "LOAD", script.Source], cancellationToken).ConfigureAwait(false);
        return reply.AsString()!;
    }

    /// <summary>
    /// Runs a script by digest with <c>EVALSHA</c>; when the server answers <c>NOSCRIPT</c> it
    /// falls back to <c>EVAL</c>, which also caches the script for the next call
    /// (https://redis.io/docs/latest/develop/interact/programmability/eval-intro/#script-cache).
    /// Keys get the client's prefix; arguments are passed as they are.
    /// </summary>
    public async Task<RespValue> EvaluateAsync(
        RedisScript script,
        IReadOnlyList<string>? keys = null,
        IReadOnlyList<RedisArg>? args = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        keys ??= [];
        args ??= [];
        try
        {
            return await ExecuteScriptAsync("EVALSHA", script.Sha1, keys, args, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Kind == "NOSCRIPT")
        {
            return await ExecuteScriptAsync("EVAL", script.Source, keys, args, cancellationToken).ConfigureAwait(false);
        }
    }

    private ValueTask<RespValue> ExecuteScriptAsync(
        string command, string script, IReadOnlyList<string> keys, IReadOnlyList<RedisArg> args, CancellationToken cancellationToken)
    {
        var length = 3 + keys.Count + args.Count;
        var buffer = ArrayPool<RedisArg>.Shared.Rent(length);
        try
        {
            buffer[0] = command;
            buffer[1] = script;
            buffer[2] = keys.Count;
            for (var i = 0; i < keys.Count; i++)
            {
                buffer[3 + i] = Key(keys[i]);
            }

            for (var i = 0; i < args.Count; i++)
            {
                buffer[3 + keys.Count + i] = args[i];
            }

            return ExecuteAsync(buffer.AsSpan(0, length), cancellationToken);
        }
        finally
        {
            buffer.AsSpan(0, length).Clear();
            ArrayPool<RedisArg>.Shared.Return(buffer);
        }
    }
}
