using FluentAssertions;
using Graph.Execution.Processing;
using Graph.Execution.Tests.Support;
using Graph.Language;
using Graph.Types.Resolvers;
using Xunit;

namespace Graph.Execution.Tests.Processing;

/// <summary>Operation cache, field middleware, depth and cost limits.</summary>
public sealed class ProcessingTests
{
    private const string Sdl = "type Query { user: User, users(first: Int): [User] } type User { name: String, friends(first: Int): [User] }";
    private const string Root = """{ "user": { "name": "ada", "friends": [ { "name": "bob" } ] }, "users": [ { "name": "ada" } ] }""";

    [Fact]
    public async Task Repeated_Document_Should_Hit_The_Operation_Cache()
    {
        var validations = 0;
        var executor = TestGraph.Executor(Sdl, options: new ExecutorOptions
        {
            Validator = new DelegateDocumentValidator((schema, document) =>
            {
                Interlocked.Increment(ref validations);
                return SpecifiedRulesValidator.Default.Validate(schema, document);
            }),
        });

        for (var i = 0; i < 3; i++)
        {
            (await executor.RunJsonAsync("{ user { name } }", Root)).Should().Be("""{"data":{"user":{"name":"ada"}}}""");
        }

        validations.Should().Be(1);
        executor.Cache.Hits.Should().Be(2);
        var hash = DocumentHash.Compute("{ user { name } }");
        var byHash = (OperationResult)await executor.ExecuteAsync(new OperationRequest { DocumentHash = hash, RootValue = TestGraph.Json(Root) });
        byHash.ToJson().Should().Be("""{"data":{"user":{"name":"ada"}}}""");
        var unknown = (OperationResult)await executor.ExecuteAsync(new OperationRequest { DocumentHash = "00" });
        unknown.Errors.Single().Code.Should().Be(ErrorCodes.PersistedDocumentNotFound);
    }

    [Fact]
    public void Cache_Should_Evict_The_Least_Recently_Used_Document()
    {
        var cache = new OperationCache(2);
        var document = Parser.Parse("{ a }");
        cache.Add(new CachedDocument("1", document, []));
        cache.Add(new CachedDocument("2", document, []));
        cache.TryGet("1", out _).Should().BeTrue();
        cache.Add(new CachedDocument("3", document, []));

        cache.TryGet("2", out _).Should().BeFalse();
        cache.TryGet("1", out _).Should().BeTrue();
        cache.TryGet("3", out _).Should().BeTrue();
    }

    [Fact]
    public void Cache_Should_Find_A_Document_By_Its_Text_Until_It_Is_Evicted()
    {
        var cache = new OperationCache(1);
        var first = cache.Add(new CachedDocument("1", Parser.Parse("{ a }"), []), "{ a }");

        cache.TryGetByText("{ a }", out var found).Should().BeTrue();
        found.Should().BeSameAs(first);
        cache.TryGetByText("{  a }", out _).Should().BeFalse("only the exact text is a key; other texts are hashed");

        cache.Add(new CachedDocument("2", Parser.Parse("{ b }"), []), "{ b }");

        cache.TryGetByText("{ a }", out _).Should().BeFalse("the entry was evicted with its text");
        cache.TryGetByText("{ b }", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Global_And_Field_Middleware_Should_Wrap_Resolvers_In_Order()
    {
        FieldMiddleware upper = next => async ctx =>
        {
            await next(ctx);
            ctx.Result = ctx.Result is string s ? s.ToUpperInvariant() : ctx.Result;
        };
        FieldMiddleware exclaim = next => async ctx =>
        {
            await next(ctx);
            ctx.Result = ctx.Result + "!";
        };
        var executor = TestGraph.Executor(Sdl, options: new ExecutorOptions
        {
            FieldMiddleware = [new(null, upper), new("User.name", exclaim)],
        });

        (await executor.RunJsonAsync("{ user { name friends { name } } }", Root))
            .Should().Be("""{"data":{"user":{"name":"ADA!","friends":[{"name":"BOB!"}]}}}""");
    }

    [Fact]
    public async Task Authorization_Middleware_Should_Turn_A_Denied_Field_Into_An_Error()
    {
        FieldMiddleware deny = next => ctx => ctx.Field.Name == "friends" && ctx.User is null
            ? throw new GraphQLException("The current user is not authorized to access this resource.", "AUTH_NOT_AUTHORIZED")
            : next(ctx);
        var executor = TestGraph.Executor(Sdl, options: new ExecutorOptions { FieldMiddleware = [new(null, deny)] });

        var result = await executor.RunAsync("{ user { name friends { name } } }", Root);

        result.Errors.Single().Code.Should().Be("AUTH_NOT_AUTHORIZED");
        result.ToJson().Should().StartWith("""{"data":{"user":{"name":"ada","friends":null}}""");
    }

    [Theory]
    [InlineData("{ user { friends { friends { name } } } }", 4, null, null)]
    [InlineData("{ user { friends { friends { friends { name } } } } }", 4, null, ErrorCodes.MaxDepthExceeded)]
    [InlineData("{ users(first: 5) { friends(first: 5) { name } } }", null, 40, null)]
    [InlineData("{ users(first: 50) { friends(first: 5) { name } } }", null, 40, ErrorCodes.MaxCostExceeded)]
    [InlineData("{ users { friends { name } } }", null, 40, ErrorCodes.MaxCostExceeded)]
    public async Task Limits_Should_Be_Checked_Before_Execution(string document, int? maxDepth, int? maxCost, string? expectedCode)
    {
        var resolved = false;
        var executor = TestGraph.Executor(Sdl, b => b.BindResolver("Query", "users", _ =>
        {
            resolved = true;
            return new ValueTask<object?>(Array.Empty<object>());
        }).BindResolver("Query", "user", _ =>
        {
            resolved = true;
            return new ValueTask<object?>((object?)null);
        }), new ExecutorOptions { Limits = new OperationLimits { MaxDepth = maxDepth, MaxCost = maxCost } });

        var result = await executor.RunAsync(document);

        if (expectedCode is null)
        {
            result.Errors.Should().BeEmpty();
            resolved.Should().BeTrue();
        }
        else
        {
            result.HasData.Should().BeFalse();
            result.Errors.Single().Code.Should().Be(expectedCode);
            resolved.Should().BeFalse();
        }
    }

    [Fact]
    public void Cost_Should_Multiply_By_List_Sizes()
    {
        var schema = TestGraph.Schema(Sdl);
        var operation = CompiledOperation.Compile(schema, Parser.Parse("{ users(first: 3) { name friends(first: 2) { name } } }"), null);

        var measured = OperationComplexityAnalyzer.Measure(schema, operation, Graph.Execution.Coercion.VariableValues.Empty, new OperationLimits());

        // users 1 + name 3 + friends 3 + friends' name 3*2 = 13.
        measured.Should().Be(new OperationComplexity(3, 4, 13));
    }

    [Fact]
    public async Task A_List_Size_From_A_Variable_Should_Be_Measured_For_Each_Request_Of_The_Operation()
    {
        var executor = TestGraph.Executor(Sdl, b => b.BindResolver("Query", "users", _ => new ValueTask<object?>(Array.Empty<object>())),
            new ExecutorOptions { Limits = new OperationLimits { MaxCost = 40 } });
        const string Document = "query Users($n: Int) { users(first: $n) { friends(first: 5) { name } } }";

        var small = await executor.ExecuteAsync(new OperationRequest { Document = Document, VariableValues = new Dictionary<string, object?> { ["n"] = 5 } });
        var large = await executor.ExecuteAsync(new OperationRequest { Document = Document, VariableValues = new Dictionary<string, object?> { ["n"] = 50 } });
        var smallAgain = await executor.ExecuteAsync(new OperationRequest { Document = Document, VariableValues = new Dictionary<string, object?> { ["n"] = 5 } });

        ((OperationResult)small).Errors.Should().BeEmpty();
        ((OperationResult)large).Errors.Single().Code.Should().Be(ErrorCodes.MaxCostExceeded);
        ((OperationResult)smallAgain).Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task An_Operation_Measured_Once_Should_Still_Be_Refused_By_Stricter_Limits()
    {
        const string Document = "{ users(first: 50) { friends(first: 5) { name } } }";
        var loose = TestGraph.Executor(Sdl, b => b.BindResolver("Query", "users", _ => new ValueTask<object?>(Array.Empty<object>())),
            new ExecutorOptions { Limits = new OperationLimits { MaxCost = 1000 } });
        var schema = TestGraph.Schema(Sdl);
        var operation = CompiledOperation.Compile(schema, Parser.Parse(Document), null);

        var first = OperationComplexityAnalyzer.Measure(schema, operation, Graph.Execution.Coercion.VariableValues.Empty, new OperationLimits());
        var strict = FluentActions.Invoking(() => OperationComplexityAnalyzer.Enforce(
            schema, operation, Graph.Execution.Coercion.VariableValues.Empty, new OperationLimits { MaxCost = 40 }));

        first.Cost.Should().Be(301); // users 1 + friends 50 + their names 50*5
        strict.Should().Throw<GraphQLRequestException>().Which.Errors.Single().Code.Should().Be(ErrorCodes.MaxCostExceeded);
        (await loose.RunAsync(Document)).Errors.Should().BeEmpty();
    }
}
