using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Graph.Execution;
using Graph.Execution.Validation;
using Graph.Language;
using Graph.Types;

namespace Graph.Benchmarks.Engine;

/// <summary>
/// Our engine on the workloads of <see cref="EngineWorkloads"/>, measured by BenchmarkDotNet (job and diagnosers in
/// <see cref="EngineBenchmarkConfig"/>). Not sealed: BenchmarkDotNet derives from benchmark classes.
/// </summary>
public class EngineBenchmarks
{
    // The writer options our executor uses (ResultJsonWriter), so the System.Text.Json reference writes the same bytes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private byte[] _sdl = [];
    private byte[] _query = [];
    private string _queryText = "";
    private Schema _schema = null!;
    private DocumentNode _queryDocument = null!;
    private RequestExecutor _catalogExecutor = null!;
    private RequestExecutor _catalogExecutorAwaitingLoadAsync = null!;
    private OperationRequest _catalogRequest = null!;
    private CatalogResponse _catalogResponse = null!;

    [GlobalSetup]
    public void Setup()
    {
        var workloads = EngineWorkloads.FromEnvironment();
        _sdl = File.ReadAllBytes(workloads.SchemaPath);
        _query = File.ReadAllBytes(workloads.QueryPath);
        _queryText = File.ReadAllText(workloads.QueryPath);
        _schema = new SchemaBuilder().AddDocument(Parser.Parse(_sdl, ParserOptions.TypeSystem)).Build();
        _queryDocument = Parser.Parse(_query);
        var catalog = CatalogWorkload.Load(File.ReadAllBytes(workloads.CatalogDataPath));
        _catalogExecutor = CatalogExecutor.Create(catalog);
        _catalogExecutorAwaitingLoadAsync = CatalogExecutor.Create(catalog, awaitLoadAsync: true);
        _catalogRequest = new OperationRequest
        {
            Document = File.ReadAllText(workloads.CatalogQueryPath),
            VariableValues = new Dictionary<string, object?>(StringComparer.Ordinal) { ["first"] = CatalogWorkload.ProductCount },
        };
        _catalogResponse = CatalogWorkload.Response(catalog);
    }

    /// <summary>Parse the ~1 MB SDL from UTF-8 bytes (locations recorded, as graphql-js does by default).</summary>
    [Benchmark]
    public DocumentNode ParseSdl() => Parser.Parse(_sdl, ParserOptions.TypeSystem);

    /// <summary>Parse the 2 KB query from UTF-8 bytes (as a server reads a request body).</summary>
    [Benchmark]
    public DocumentNode ParseQuery() => Parser.Parse(_query);

    /// <summary>Parse the 2 KB query from a .NET string (encoded to UTF-8 first; graphql-js parses JS strings).</summary>
    [Benchmark]
    public DocumentNode ParseQueryString() => Parser.Parse(_queryText);

    /// <summary>Every specified rule over the parsed query against the 1 MB schema: a fresh validator run, no cache.</summary>
    [Benchmark]
    public int ValidateQuery() => DocumentValidator.Default.Validate(_schema, _queryDocument).Count;

    /// <summary>A request as a server runs it: operation cache hit, variable coercion, execution with DataLoader, UTF-8 JSON.</summary>
    [Benchmark]
    public Task<int> ExecuteCatalog() => ExecuteCatalogWith(_catalogExecutor);

    /// <summary>
    /// <see cref="ExecuteCatalog"/> with the other resolver form: <c>author</c> awaits the loader's <c>LoadAsync</c> in
    /// an async lambda (a state machine per product, a promise per repeated author) instead of returning its result.
    /// </summary>
    [Benchmark]
    public Task<int> ExecuteCatalogAwaitingLoadAsync() => ExecuteCatalogWith(_catalogExecutorAwaitingLoadAsync);

    private async Task<int> ExecuteCatalogWith(RequestExecutor executor)
    {
        var result = (OperationResult)await executor.ExecuteAsync(_catalogRequest).ConfigureAwait(false);
        _output.ResetWrittenCount();
        result.WriteTo(_output);
        return _output.WrittenCount;
    }

    /// <summary>The reference: the same response from plain objects with System.Text.Json's source-generated fast path.</summary>
    [Benchmark]
    public int SerializeCatalogSourceGenerated()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output, WriterOptions);
        JsonSerializer.Serialize(writer, _catalogResponse, CatalogJsonContext.Default.CatalogResponse);
        return _output.WrittenCount;
    }

    /// <summary>The same with System.Text.Json's reflection-based (cached) metadata.</summary>
    [Benchmark]
    public int SerializeCatalogReflection()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output, WriterOptions);
        JsonSerializer.Serialize(writer, _catalogResponse, ReflectionOptions);
        return _output.WrittenCount;
    }

    /// <summary>The bytes the last benchmark wrote (for the equality check before measuring).</summary>
    internal byte[] Output => _output.WrittenSpan.ToArray();

    /// <summary>The query's validation errors (none expected), for the check before measuring.</summary>
    internal IReadOnlyList<ValidationError> QueryValidationErrors() => DocumentValidator.Default.Validate(_schema, _queryDocument);
}
