namespace Graph.AspNetCore.Http;

/// <summary>How the server treats persisted operations (rfc-PersistedOperations.md; Apollo automatic persisted queries).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>Where documents sent by id or hash are looked up; null when the server keeps none.</summary>
    public IPersistedDocumentStore? Store { get; set; }

    /// <summary>
    /// Apollo APQ: a request with both <c>query</c> and <c>extensions.persistedQuery.sha256Hash</c> stores the query
    /// under its hash once the hash is verified. Needs an <see cref="IWritablePersistedDocumentStore"/>.
    /// </summary>
    public bool AllowAutomaticRegistration { get; set; }

    /// <summary>
    /// Trusted documents: only documents in <see cref="Store"/> run. A document sent as text runs only when the
    /// store holds the identical text (<c>PERSISTED_QUERY_NOT_IN_LIST</c> otherwise).
    /// </summary>
    public bool OnlyTrustedDocuments { get; set; }
}
