using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>Schema coordinates as graphql-js prints them in messages (<c>Type.field</c>, <c>&lt;meta&gt;.__type</c>).</summary>
internal static class Coordinates
{
    public static string Of(OutputField field) =>
        IsMetaField(field) ? "<meta>." + field.Name : $"{field.DeclaringType?.Name}.{field.Name}";

    public static string Of(OutputField field, Argument argument) => $"{Of(field)}({argument.Name}:)";

    private static bool IsMetaField(OutputField field) =>
        ReferenceEquals(field, IntrospectionTypes.SchemaField)
        || ReferenceEquals(field, IntrospectionTypes.TypeField)
        || ReferenceEquals(field, IntrospectionTypes.TypeNameField);
}
