namespace Graph.Language.Tests;

/// <summary>Generated documents for the differential tests: valid ones and mutations of them.</summary>
public static class GeneratedCorpus
{
    public static IReadOnlyList<string> Create(int seed, int count)
    {
        var generator = new DocumentGenerator(seed);
        var mutator = new Mutator(seed + 1);
        var random = new Random(seed + 2);
        var documents = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var document = generator.Next();
            documents.Add(random.Next(100) < 45 ? document : mutator.Mutate(document));
        }

        return documents;
    }
}
