using System.Globalization;

namespace Graph.Execution.Tests.Validation;

/// <summary>An expected validation error: the message and its locations as "line:column".</summary>
public sealed record ExpectedError(string Message, IReadOnlyList<string> Locations)
{
    public override string ToString() => Locations.Count == 0 ? Message : $"{Message} @ {string.Join(", ", Locations)}";
}

/// <summary>
/// One case of a <c>.cases</c> file: a document and the errors the rule under test must report.
/// <see cref="SpecOverGraphqlJs"/> marks a case where we follow the spec and graphql-js 17.1.0 disagrees.
/// </summary>
public sealed record ValidationCase(
    string File,
    string Rule,
    string Schema,
    string Name,
    string Document,
    IReadOnlyList<ExpectedError> Errors,
    bool AllRules,
    string? SpecOverGraphqlJs)
{
    public override string ToString() => $"{File}: {Name}";
}

/// <summary>
/// Reads the data files of the rule tests (<c>Validation/Cases/*.cases</c>):
/// <code>
/// rule: FieldSelectionsRule          header: the rule under test (and optionally "schema: X.graphql")
/// === case name [all] [spec: why]    a case; [all] runs every rule, [spec: ...] notes a deviation from graphql-js
/// { dog { meowVolume } }             the document
/// ---                                the expected errors, one per line: message @ line:column, line:column
/// Cannot query field "meowVolume" on type "Dog". @ 1:9
/// </code>
/// Lines starting with <c>#</c> outside documents are comments.
/// </summary>
public static class ValidationCaseFile
{
    public static string Directory => Path.Combine(Graph.Testing.RepositoryPaths.Root, "tests", "Graph.Execution.Tests", "Validation", "Cases");

    public static IReadOnlyList<ValidationCase> LoadAll() =>
        System.IO.Directory.GetFiles(Directory, "*.cases").Order(StringComparer.Ordinal).SelectMany(Load).ToList();

    public static IReadOnlyList<ValidationCase> Load(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllLines(path);
        string? rule = null;
        var schema = "SpecSchema.graphql";
        var cases = new List<ValidationCase>();
        var i = 0;
        for (; i < lines.Length && !lines[i].StartsWith("===", StringComparison.Ordinal); i++)
        {
            if (lines[i].StartsWith("rule:", StringComparison.Ordinal))
            {
                rule = lines[i]["rule:".Length..].Trim();
            }
            else if (lines[i].StartsWith("schema:", StringComparison.Ordinal))
            {
                schema = lines[i]["schema:".Length..].Trim();
            }
        }

        if (rule is null)
        {
            throw new FormatException($"{file}: no 'rule:' header.");
        }

        while (i < lines.Length)
        {
            var (name, allRules, spec) = ParseHeader(lines[i++]);
            var document = new List<string>();
            for (; i < lines.Length && lines[i] != "---"; i++)
            {
                document.Add(lines[i]);
            }

            i++;
            var errors = new List<ExpectedError>();
            for (; i < lines.Length && !lines[i].StartsWith("===", StringComparison.Ordinal); i++)
            {
                if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
                {
                    errors.Add(ParseError(lines[i]));
                }
            }

            cases.Add(new ValidationCase(file, rule, schema, name, string.Join("\n", document).TrimEnd() + "\n", errors, allRules, spec));
        }

        return cases;
    }

    private static (string Name, bool AllRules, string? Spec) ParseHeader(string line)
    {
        var text = line[3..].Trim();
        var allRules = false;
        string? spec = null;
        while (text.EndsWith(']'))
        {
            var open = text.LastIndexOf('[');
            var flag = text[(open + 1)..^1];
            text = text[..open].TrimEnd();
            if (flag == "all")
            {
                allRules = true;
            }
            else if (flag.StartsWith("spec:", StringComparison.Ordinal))
            {
                spec = flag["spec:".Length..].Trim();
            }
        }

        return (text, allRules, spec);
    }

    private static ExpectedError ParseError(string line)
    {
        var at = line.LastIndexOf(" @ ", StringComparison.Ordinal);
        if (at < 0 || !line[(at + 3)..].Split(", ").All(l => l.Split(':') is [var a, var b] && int.TryParse(a, CultureInfo.InvariantCulture, out _) && int.TryParse(b, CultureInfo.InvariantCulture, out _)))
        {
            return new ExpectedError(line, []);
        }

        return new ExpectedError(line[..at], line[(at + 3)..].Split(", "));
    }
}
