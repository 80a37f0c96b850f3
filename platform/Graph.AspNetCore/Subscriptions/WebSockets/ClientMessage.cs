using System.Text.Json;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// A message from the client, checked against the shapes of graphql-ws PROTOCOL.md "Message types":
/// a JSON object with a string <c>type</c>; <c>payload</c> an object or nullish for
/// <c>connection_init</c>, <c>ping</c>, <c>pong</c>; a non-empty string <c>id</c> and an object
/// <c>payload</c> for <c>subscribe</c>; a non-empty string <c>id</c> for <c>complete</c>. Anything
/// else is an "Invalid message" (4400) with <see cref="InvalidMessageException.Message"/> as reason.
/// </summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public static ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(utf8);
        }
        catch (JsonException)
        {
            throw new InvalidMessageException("Invalid message received: not JSON.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException($"Message is expected to be an object, but got {Describe(root)}.");
        }

        if (!root.TryGetProperty("type", out var typeValue))
        {
            throw new InvalidMessageException("Message is missing the 'type' property.");
        }

        if (typeValue.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException($"Message expects the 'type' property to be a string, but got {Describe(typeValue)}.");
        }

        var type = typeValue.GetString()!;
        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind is not JsonValueKind.Null ? p : (JsonElement?)null;
        switch (type)
        {
            case GraphQLTransportWs.ConnectionInit or GraphQLTransportWs.Ping or GraphQLTransportWs.Pong:
                if (payload is { ValueKind: not JsonValueKind.Object } wrong)
                {
                    throw new InvalidMessageException($"\"{type}\" message expects the 'payload' property to be an object or nullish or missing, but got {Describe(wrong)}.");
                }

                return new ClientMessage(type, null, payload);
            case GraphQLTransportWs.Subscribe:
                var id = RequireId(root, type);
                if (payload is not { ValueKind: JsonValueKind.Object })
                {
                    throw new InvalidMessageException($"\"{type}\" message expects the 'payload' property to be an object, but got {(payload is { } given ? Describe(given) : "nothing")}.");
                }

                return new ClientMessage(type, id, payload);
            case GraphQLTransportWs.Complete:
                return new ClientMessage(type, RequireId(root, type), null);
            case GraphQLTransportWs.ConnectionAck or GraphQLTransportWs.Next or GraphQLTransportWs.Error:
                throw new InvalidMessageException($"Unexpected message of type {type} received: it goes from server to client.");
            default:
                throw new InvalidMessageException($"Unexpected message of type {type} received.");
        }
    }

    private static string RequireId(JsonElement root, string type)
    {
        if (!root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException($"\"{type}\" message expects the 'id' property to be a string.");
        }

        var value = id.GetString()!;
        return value.Length > 0 ? value : throw new InvalidMessageException($"\"{type}\" message requires a non-empty 'id' property.");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}

/// <summary>A message that breaks graphql-ws PROTOCOL.md "Invalid message": the socket closes with 4400 and this reason.</summary>
internal sealed class InvalidMessageException(string reason) : Exception(reason);
