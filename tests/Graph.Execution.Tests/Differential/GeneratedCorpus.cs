using System.Text;

namespace Graph.Execution.Tests.Differential;

/// <summary>
/// Generated differential cases (deterministic seeds): random selections over the nullability schema with random
/// data holes (nulls, wrong types, missing properties) so null propagation meets every nesting of lists and Non-Null.
/// </summary>
public static class GeneratedCorpus
{
    private static readonly string[] ObjFields = ["x", "nx", "child", "nnChild", "items"];

    public static IReadOnlyList<ExecutionCase> Cases(int count) =>
        Enumerable.Range(1, count).Select(seed => Generate(new Random(seed), seed)).ToArray();

    private static ExecutionCase Generate(Random random, int seed)
    {
        var root = new StringBuilder("{");
        root.Append("\"obj\":").Append(RandomObj(random, 3)).Append(',');
        root.Append("\"objs\":").Append(RandomList(random, 3)).Append(',');
        root.Append("\"nnObjs\":").Append(RandomList(random, 2)).Append(',');
        root.Append("\"nnObj\":").Append(RandomObj(random, 2)).Append(',');
        root.Append("\"list\":").Append(RandomInts(random)).Append(',');
        root.Append("\"nnItems\":").Append(RandomInts(random)).Append(',');
        root.Append("\"a\":\"a\"}");

        var selection = new StringBuilder("{ a ");
        foreach (var field in new[] { "obj", "objs", "nnObjs", "nnObj" })
        {
            if (random.Next(3) > 0)
            {
                selection.Append(field).Append(' ').Append(RandomSelection(random, 3)).Append(' ');
            }
        }

        if (random.Next(2) == 0)
        {
            selection.Append("list ");
        }

        if (random.Next(2) == 0)
        {
            selection.Append("nnItems ");
        }

        return new ExecutionCase($"generated {seed}", ExecutionCorpus.Nullability, root.ToString(), selection.Append('}').ToString());
    }

    private static string RandomSelection(Random random, int depth)
    {
        var parts = new List<string>();
        foreach (var field in ObjFields)
        {
            if (random.Next(2) == 0)
            {
                continue;
            }

            if (field is "x" or "nx")
            {
                parts.Add(field);
            }
            else if (depth > 0)
            {
                parts.Add(field + " " + RandomSelection(random, depth - 1));
            }
        }

        return "{ " + (parts.Count == 0 ? "x" : string.Join(" ", parts)) + " }";
    }

    private static string RandomObj(Random random, int depth) => random.Next(8) switch
    {
        0 => "null",
        1 => "\"oops\"",
        _ => "{" + string.Join(",", new[]
        {
            "\"x\":" + RandomInt(random),
            "\"nx\":" + RandomInt(random),
            "\"child\":" + (depth > 0 ? RandomObj(random, depth - 1) : "null"),
            "\"nnChild\":" + (depth > 0 ? RandomObj(random, depth - 1) : "null"),
            "\"items\":" + (depth > 0 ? RandomList(random, depth - 1) : "null"),
        }.Where(_ => random.Next(6) > 0)) + "}",
    };

    private static string RandomList(Random random, int depth) => random.Next(6) switch
    {
        0 => "null",
        1 => "{}",
        _ => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomObj(random, depth))) + "]",
    };

    private static string RandomInts(Random random) => random.Next(5) == 0
        ? "null"
        : "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomInt(random))) + "]";

    private static string RandomInt(Random random) => random.Next(7) switch
    {
        0 => "null",
        1 => "\"s\"",
        2 => "1.5",
        _ => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
