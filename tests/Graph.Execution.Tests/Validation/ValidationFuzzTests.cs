using FluentAssertions;
using Graph.Execution.Validation;
using Graph.Language;
using Xunit;

namespace Graph.Execution.Tests.Validation;

/// <summary>
/// 100,000 mutated documents (deterministic seed) through parse and validate against the spec's
/// example schema: a document either fails to parse with a syntax error or validates to a list
/// of errors; nothing else may escape, and every error carries a message, a location and a code.
/// </summary>
public sealed class ValidationFuzzTests
{
    private const int Documents = 100_000;

    [Fact]
    public void Mutated_Documents_Should_Only_Produce_Syntax_Or_Validation_Errors()
    {
        var schema = ValidationHarness.Schema("SpecSchema.graphql");
        var seeds = ValidationCaseFile.LoadAll().Where(c => c.Schema == "SpecSchema.graphql").Select(c => c.Document).ToList();
        var mutator = new DocumentMutator(seed: 777, GraphqlJsDifferentialValidationTests.Vocabulary(schema));
        var validator = new DocumentValidator();
        var (syntaxErrors, valid, invalid) = (0, 0, 0);

        for (var i = 0; i < Documents; i++)
        {
            var text = mutator.Mutate(seeds[i % seeds.Count]);
            DocumentNode document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (GraphQLSyntaxException)
            {
                syntaxErrors++;
                continue;
            }

            var errors = validator.Validate(schema, document);
            if (errors.Any(e => e.Message.Length == 0 || e.Code.Length == 0))
            {
                throw new InvalidOperationException($"An error without message or code for: {text}");
            }

            (valid, invalid) = errors.Count == 0 ? (valid + 1, invalid) : (valid, invalid + 1);
        }

        (syntaxErrors + valid + invalid).Should().Be(Documents);
        invalid.Should().BeGreaterThan(Documents / 4, "most mutations break a rule");
        valid.Should().BeGreaterThan(0, "some mutations keep the document valid");
    }
}
