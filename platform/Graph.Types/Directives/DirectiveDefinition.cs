using Graph.Language;

namespace Graph.Types;

/// <summary>A directive definition (spec 3.13 "Directives", DirectiveDefinition).</summary>
public sealed class DirectiveDefinition : INamedElement
{
    public DirectiveDefinition(
        string name,
        IEnumerable<DirectiveLocation> locations,
        IEnumerable<Argument>? arguments = null,
        bool isRepeatable = false,
        string? description = null,
        Location? location = null,
        bool isBuiltIn = false)
    {
        Name = name;
        Locations = locations.ToArray();
        IsRepeatable = isRepeatable;
        Description = description;
        Location = location;
        IsBuiltIn = isBuiltIn;
        Arguments = new NamedList<Argument>(arguments ?? []);
        foreach (var argument in Arguments)
        {
            argument.DeclaringDirective = this;
        }
    }

    public string Name { get; }

    public string? Description { get; }

    public NamedList<Argument> Arguments { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    /// <summary>True for the directives this specification defines (spec 3.13 "Built-in Directives").</summary>
    public bool IsBuiltIn { get; }

    public Location? Location { get; }

    public bool IsAllowedAt(DirectiveLocation location) => Locations.Contains(location);

    public override string ToString() => "@" + Name;
}
