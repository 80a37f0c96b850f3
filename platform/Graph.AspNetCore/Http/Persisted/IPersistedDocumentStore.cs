namespace Graph.AspNetCore.Http;

/// <summary>
/// Where persisted documents live (rfc-PersistedOperations.md "Executing"): looked up by <c>documentId</c> or by
/// the SHA-256 hash of an Apollo persisted query.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The document text stored under <paramref name="id"/>; null when unknown.</summary>
    ValueTask<string?> TryGetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="documentHash"/> (lowercase hex SHA-256 of a document's text) belongs to a stored
    /// document, so that the same text sent in full is trusted too.
    /// </summary>
    bool ContainsHash(string documentHash);
}

/// <summary>A store that clients may add documents to (Apollo automatic persisted queries).</summary>
public interface IWritablePersistedDocumentStore : IPersistedDocumentStore
{
    /// <summary>Stores <paramref name="document"/> under its verified SHA-256 <paramref name="hash"/>.</summary>
    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
