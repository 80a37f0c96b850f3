namespace Graph.AspNetCore.Http;

/// <summary>The <c>extensions.code</c> values of persisted operation errors (Apollo's codes, which clients match on).</summary>
public static class PersistedOperationErrorCodes
{
    /// <summary>Unknown id or hash; an APQ client answers it by resending the query with its hash.</summary>
    public const string NotFound = Graph.Execution.ErrorCodes.PersistedDocumentNotFound;

    /// <summary>A hash was sent but this server keeps no persisted documents.</summary>
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The sent <c>sha256Hash</c> is not the SHA-256 of the sent query.</summary>
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Trusted documents mode: the document is not in the manifest.</summary>
    public const string NotInList = "PERSISTED_QUERY_NOT_IN_LIST";

    /// <summary>Both <c>query</c> and <c>documentId</c> were sent.</summary>
    public const string AmbiguousDocument = "PERSISTED_QUERY_AMBIGUOUS";

    /// <summary><c>extensions.persistedQuery.version</c> is not 1.</summary>
    public const string UnsupportedVersion = "PERSISTED_QUERY_UNSUPPORTED_VERSION";
}
