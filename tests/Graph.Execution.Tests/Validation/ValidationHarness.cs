using System.Collections.Concurrent;
using Graph.Execution.Validation;
using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Tests.Validation;

/// <summary>Builds the test schemas once and runs the validator over a document, with all rules or one.</summary>
public static class ValidationHarness
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new(StringComparer.Ordinal);

    public static string SchemaDirectory => Path.Combine(Graph.Testing.RepositoryPaths.Root, "tests", "Graph.Execution.Tests", "Validation");

    public static string SchemaSdl(string file) => File.ReadAllText(Path.Combine(SchemaDirectory, file));

    public static Schema Schema(string file) =>
        Schemas.GetOrAdd(file, f => new SchemaBuilder().AddSdl(SchemaSdl(f)).Build());

    public static Schema FromSdl(string sdl) => Schemas.GetOrAdd("sdl:" + sdl, _ => new SchemaBuilder().AddSdl(sdl).Build());

    /// <summary>The rule class named <paramref name="ruleName"/> in Graph.Execution.Validation.</summary>
    public static Func<ValidationRule> Rule(string ruleName)
    {
        var type = typeof(ValidationRule).Assembly.GetType("Graph.Execution.Validation." + ruleName)
            ?? throw new ArgumentException($"No rule named {ruleName}.", nameof(ruleName));
        return () => (ValidationRule)Activator.CreateInstance(type)!;
    }

    public static IReadOnlyList<ValidationError> Validate(Schema schema, string document, IReadOnlyList<Func<ValidationRule>>? rules = null, ValidationOptions? options = null) =>
        new DocumentValidator(rules, options).Validate(schema, Parser.Parse(document));

    public static IReadOnlyList<ExpectedError> Run(ValidationCase testCase)
    {
        var rules = testCase.AllRules ? SpecifiedRules.All : [Rule(testCase.Rule)];
        return Validate(Schema(testCase.Schema), testCase.Document, rules).Select(ToExpected).ToList();
    }

    public static ExpectedError ToExpected(ValidationError error) =>
        new(error.Message, error.Locations.Select(l => $"{l.Line}:{l.Column}").ToList());
}
