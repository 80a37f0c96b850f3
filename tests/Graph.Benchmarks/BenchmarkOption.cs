using System.Globalization;

namespace Graph.Benchmarks;

/// <summary>
/// One command-line option of a benchmark: its name, the value it takes (if any) and its default, declared once so that
/// reading it, validating a command line and printing <c>--help</c> agree.
/// </summary>
internal sealed class BenchmarkOption
{
    private BenchmarkOption(string name, string? valueName, int? defaultValue, string description, bool repeatable, bool hidden)
    {
        Name = name;
        ValueName = valueName;
        Default = defaultValue;
        Description = description;
        Repeatable = repeatable;
        Hidden = hidden;
    }

    /// <summary>Shared by the benchmarks that write their section of docs/benchmarks.md.</summary>
    public static BenchmarkOption NoDoc { get; } = Flag("--no-doc", "print only; do not rewrite the section of docs/benchmarks.md");

    public string Name { get; }

    /// <summary>The placeholder of the value it takes (<c>N</c>, <c>DLL</c>); null for a flag.</summary>
    public string? ValueName { get; }

    /// <summary>The whole-number default of an <see cref="Integer"/> option.</summary>
    public int? Default { get; }

    public string Description { get; }

    public bool Repeatable { get; }

    /// <summary>Used between the benchmark's own processes (e.g. a child server's <c>--serve</c>), not shown in the usage.</summary>
    public bool Hidden { get; }

    public static BenchmarkOption Flag(string name, string description, bool hidden = false) =>
        new(name, null, null, description, repeatable: false, hidden);

    public static BenchmarkOption Integer(string name, string valueName, int defaultValue, string description) =>
        new(name, valueName, defaultValue, description, repeatable: false, hidden: false);

    public static BenchmarkOption Text(string name, string valueName, string description, bool repeatable = false) =>
        new(name, valueName, null, description, repeatable, hidden: false);

    public bool IsSet(string[] args) => Array.IndexOf(args, Name) >= 0;

    /// <summary>The option's whole number, or its default (the command line was validated before the benchmark ran).</summary>
    public int ReadInteger(string[] args) =>
        ReadText(args) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : Default ?? 0;

    /// <summary>The value after the option's first occurrence; null when absent.</summary>
    public string? ReadText(string[] args)
    {
        var index = Array.IndexOf(args, Name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The values after every occurrence of a repeatable option.</summary>
    public IEnumerable<string> ReadAll(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == Name)
            {
                yield return args[i + 1];
            }
        }
    }

    public string Usage()
    {
        var head = ValueName is null ? Name : $"{Name} {ValueName}";
        var tail = Default is { } value ? $" (default {value.ToString(CultureInfo.InvariantCulture)})" : "";
        return $"  {head,-24} {Description}{tail}";
    }
}
