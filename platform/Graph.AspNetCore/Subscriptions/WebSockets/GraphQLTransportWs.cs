namespace Graph.AspNetCore.Subscriptions;

/// <summary>Names and close codes of graphql-transport-ws (graphql-ws PROTOCOL.md).</summary>
public static class GraphQLTransportWs
{
    /// <summary>"Communication": the WebSocket sub-protocol.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    /// <summary>"Invalid message": 4400 with the reason.</summary>
    public const int BadRequest = 4400;

    /// <summary>"Subscribe": an operation before <c>connection_ack</c>.</summary>
    public const int Unauthorized = 4401;

    /// <summary>"ConnectionInit": the server rejects the connection.</summary>
    public const int Forbidden = 4403;

    /// <summary>Not in PROTOCOL.md: graphql-ws's server closes with it when the sub-protocol is not <see cref="SubProtocol"/>.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>"ConnectionInit": no <c>connection_init</c> within the wait timeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>"Subscribe": an id that is already active.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>"ConnectionInit": a second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>graphql-ws's CloseCode.InternalServerError: the server failed handling the connection.</summary>
    public const int InternalServerError = 4500;
}
