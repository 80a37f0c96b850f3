using System.Collections.Concurrent;

namespace Graph.Messaging;

/// <summary>
/// The explicit contract table: versioned event name (<c>order.created.v1</c>) to CLR type and
/// topic. Everything that publishes or consumes goes through it, so a rename of a C# record never
/// changes the wire contract, and a name nobody registered is rejected instead of guessed
/// (eShop resolves types by reflecting on name suffixes; we do not).
/// </summary>
public sealed class IntegrationEventTypeMap
{
    private readonly ConcurrentDictionary<string, IntegrationEventRegistration> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, IntegrationEventRegistration> _byType = new();

    public IReadOnlyCollection<IntegrationEventRegistration> Registrations => _byName.Values.ToArray();

    /// <summary>Registers <typeparamref name="TEvent"/> under <paramref name="name"/>, published to <paramref name="topic"/>.</summary>
    public IntegrationEventTypeMap Register<TEvent>(string name, string topic)
        where TEvent : IntegrationEvent
    {
        ValidateName(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var registration = new IntegrationEventRegistration<TEvent>(name, topic);
        if (!_byName.TryAdd(name, registration))
        {
            var existing = _byName[name];
            if (existing.EventType == typeof(TEvent) && existing.Topic == topic)
            {
                return this;
            }

            throw new InvalidOperationException(
                $"The event name '{name}' is already registered for {existing.EventType.FullName} on topic '{existing.Topic}'.");
        }

        if (!_byType.TryAdd(typeof(TEvent), registration))
        {
            _byName.TryRemove(name, out _);
            throw new InvalidOperationException(
                $"{typeof(TEvent).FullName} is already registered as '{_byType[typeof(TEvent)].Name}'; one type has one contract name.");
        }

        return this;
    }

    /// <exception cref="UnknownIntegrationEventTypeException">No type is registered under <paramref name="name"/>.</exception>
    public IntegrationEventRegistration Get(string name) =>
        _byName.TryGetValue(name, out var registration)
            ? registration
            : throw new UnknownIntegrationEventTypeException(name, _byName.Keys);

    public IntegrationEventRegistration Get(Type eventType) =>
        _byType.TryGetValue(eventType, out var registration)
            ? registration
            : throw new InvalidOperationException(
                $"{eventType.FullName} is not registered in the integration event map; register it with AddEvent<{eventType.Name}>(\"<name>.v1\", \"<topic>\").");

    public bool TryGet(string name, out IntegrationEventRegistration registration) =>
        _byName.TryGetValue(name, out registration!);

    // Contract names are lowercase dotted words ending in a version, e.g. order.created.v1.
    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parts = name.Split('.');
        var versioned = parts.Length >= 2
            && parts[^1].Length >= 2
            && parts[^1][0] == 'v'
            && parts[^1][1..].All(char.IsAsciiDigit);
        var wellFormed = parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' || c == '_'));
        if (!versioned || !wellFormed)
        {
            throw new ArgumentException(
                $"'{name}' is not a versioned contract name; use lowercase dotted words ending in a version, e.g. 'order.created.v1'.",
                nameof(name));
        }
    }
}
