namespace Graph.ServiceDefaults;

/// <summary>
/// The name a service was registered under with <c>AddServiceDefaults(name)</c>, e.g. <c>catalog</c>: the OpenTelemetry
/// <c>service.name</c>, the Kafka envelope source (<c>/catalog</c>), the default database (<c>graph_catalog</c>) and
/// the entity-cache consumer group (<c>catalog-entity-cache</c>).
/// </summary>
public sealed record ServiceInfo(string Name)
{
    internal static ServiceInfo Require(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        services.Select(d => d.ImplementationInstance).OfType<ServiceInfo>().LastOrDefault()
        ?? throw new InvalidOperationException("Call builder.AddServiceDefaults(name) before the other service defaults.");
}
