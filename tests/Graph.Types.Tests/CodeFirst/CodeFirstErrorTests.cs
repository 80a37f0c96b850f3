namespace Graph.Types.Tests.CodeFirst;

/// <summary>Mistakes in code-first types are <see cref="SchemaValidationException"/>s naming the CLR member.</summary>
public sealed class CodeFirstErrorTests
{
    private static IReadOnlyList<string> Errors(Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder();
        configure(builder);
        try
        {
            builder.Build();
            return [];
        }
        catch (SchemaValidationException exception)
        {
            return exception.Errors.Select(e => e.Message).ToArray();
        }
    }

    [Fact]
    public void Unsupported_Clr_Type_Should_Name_The_Member()
    {
        Errors(b => b.AddQueryType(typeof(UnsupportedFields))).Should().Equal(
            "UnsupportedFields.GetDuration: System.TimeSpan has no GraphQL type; use a supported type or [GraphQLType(\"...\")].",
            "UnsupportedFields.GetLookup: dictionaries (System.Collections.Generic.Dictionary`2[System.String,System.Int32]) have no GraphQL type; use a list of records, or JsonElement for the JSON scalar.");
    }

    [Fact]
    public void Two_Clr_Types_With_One_GraphQL_Name_Should_Be_Ambiguous()
    {
        Errors(b => b.AddQueryType(typeof(AmbiguousFields))).Should().ContainSingle().Which.Should().Be(
            "AmbiguousFields.GetSecond: Graph.Types.Tests.CodeFirst.CodeFirstErrorTests+Second+Thing and Graph.Types.Tests.CodeFirst.CodeFirstErrorTests+First+Thing both map to the GraphQL type \"Thing\"; rename one with [GraphQLName].");
    }

    [Fact]
    public void GraphQLType_Naming_A_Missing_Type_Should_Name_The_Member()
    {
        Errors(b => b.AddQueryType(typeof(MissingTypeFields))).Should().Equal(
            "MissingTypeFields.GetPrice: [GraphQLType] names the type \"Money\", which the schema does not define.");
    }

    [Fact]
    public void Misused_Attributes_And_Signatures_Should_Be_Reported_Together()
    {
        Errors(b => b.AddQueryType(typeof(MisusedFields)).AddMutationType(typeof(VoidMutations)).AddSubscriptionType(typeof(NotStreaming))).Should().Equal(
            "MisusedFields.GetFlag: [ID] applies to Guid, int, long and string, not to System.Boolean.",
            "MisusedFields.Filter(filter): Shape is an interface or abstract class, which can only be an output type; arguments need a concrete class or record.",
            "VoidMutations.Reset returns no value; a field must return one (a mutation returns its payload).",
            "NotStreaming.GetTicks: a subscription field returns its source stream, an IAsyncEnumerable<T>; it returns System.Int32.");
    }

    [Fact]
    public void Two_Root_Classes_Defining_One_Field_Should_Be_Ambiguous()
    {
        Errors(b => b.AddQueryType(typeof(FirstRoot)).AddQueryType(typeof(SecondRoot))).Should().Equal(
            "SecondRoot.GetName: field \"Query.name\" is also defined by FirstRoot.GetName; rename one with [GraphQLName] or [GraphQLIgnore] it.");
    }

    [Fact]
    public void Spec_Rules_Still_Apply_To_Inferred_Types()
    {
        Errors(b => b.AddQueryType(typeof(InvalidOneOf))).Should().Equal(
            "OneOf input field PickInput.id must be nullable.");
    }

    public static class UnsupportedFields
    {
        public static TimeSpan GetDuration() => TimeSpan.Zero;

        public static Dictionary<string, int> GetLookup() => [];

        public static string GetFine() => "";
    }

    public static class First
    {
        public sealed record Thing(int A);
    }

    public static class Second
    {
        public sealed record Thing(int B);
    }

    public static class AmbiguousFields
    {
        public static First.Thing GetFirst() => new(1);

        public static Second.Thing GetSecond() => new(2);
    }

    public static class MissingTypeFields
    {
        [GraphQLType("Money!")]
        public static object GetPrice() => 1;

        [GraphQLType("UUID")]
        public static object? GetKey() => null;
    }

    public abstract class Shape;

    public static class MisusedFields
    {
        [ID]
        public static bool GetFlag() => true;

        public static int Filter(Shape filter) => 0;
    }

    public static class VoidMutations
    {
        public static void Reset()
        {
        }
    }

    public static class NotStreaming
    {
        public static int GetTicks() => 1;
    }

    public static class FirstRoot
    {
        public static string GetName() => "first";
    }

    public static class SecondRoot
    {
        public static string GetName() => "second";
    }

    [OneOf]
    public sealed record Pick(int Id, string? Name);

    public static class InvalidOneOf
    {
        public static int Choose(Pick pick) => 0;
    }
}
