using System.Globalization;
using System.Text;

namespace Graph.Benchmarks;

/// <summary>
/// One benchmark of <c>./graph bench NAME</c>: what it measures, its options and how it runs. A command line is checked
/// against the declared options before anything starts, so a mistyped option or <c>--help</c> never launches a run of
/// several minutes that rewrites docs/benchmarks.md.
/// </summary>
internal sealed record BenchmarkCommand(
    string Name,
    string Summary,
    IReadOnlyList<BenchmarkOption> Options,
    Func<string[], Task<int>> Run,
    string? Operands = null)
{
    public static bool IsHelp(string argument) => argument is "--help" or "-h";

    /// <summary>Why the arguments cannot be run, or null when they can.</summary>
    public string? Check(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (!argument.StartsWith('-'))
            {
                if (Operands is null)
                {
                    return $"unexpected argument '{argument}'";
                }

                continue;
            }

            var option = Options.FirstOrDefault(o => o.Name == argument);
            if (option is null)
            {
                return $"unknown option '{argument}'";
            }

            if (option.ValueName is null)
            {
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return $"{option.Name} needs a value ({option.ValueName})";
            }

            var value = args[++i];
            if (option.Default is not null && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return $"{option.Name} needs a whole number, not '{value}'";
            }
        }

        return null;
    }

    public string Usage()
    {
        var usage = new StringBuilder();
        usage.Append(CultureInfo.InvariantCulture, $"usage: ./graph bench {Name} [options]");
        if (Operands is not null)
        {
            usage.Append(' ').Append(Operands);
        }

        usage.AppendLine().AppendLine(Summary);
        var visible = Options.Where(o => !o.Hidden).ToList();
        if (visible.Count > 0)
        {
            usage.AppendLine("options:");
            foreach (var option in visible)
            {
                usage.AppendLine(option.Usage());
            }
        }

        return usage.ToString();
    }
}
