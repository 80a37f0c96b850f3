using Graph.Messaging;
using Graph.ServiceDefaults.Caching;

namespace Graph.ServiceDefaults.Tests.TestService;

/// <summary>A note changed: its cache entry (<c>Note:&lt;id&gt;</c>) is stale.</summary>
public sealed record NotesChanged(Guid NoteId) : IntegrationEvent, IEntitiesChanged
{
    public IReadOnlyList<string> Tags => [$"Note:{NoteId}"];

    public override string GetAggregateId() => NoteId.ToString();
}
