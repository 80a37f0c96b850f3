namespace Graph.Client.Generator;

/// <summary>What to call the generated code: its namespace and the client class that has one method per operation.</summary>
public sealed record CodegenOptions(string Namespace, string ClientName)
{
    /// <summary>Most operation files read in one generation (a limit on an input that can grow).</summary>
    public int MaxFiles { get; init; } = 2_000;
}

/// <summary>A <c>.graphql</c> file of operations and fragments: the path reported in errors, and its text.</summary>
public sealed record GraphQLSourceFile(string Path, string Text);

/// <summary>
/// A problem that stops generation, located in a <c>.graphql</c> file. <see cref="ToString"/> is MSBuild's
/// canonical error format (<c>file(line,column): error GQL0001: message</c>), so a build that runs
/// <c>graph codegen</c> shows it as a build error.
/// </summary>
public sealed record CodegenError(string Code, string File, int Line, int Column, string Message)
{
    /// <summary>The operation or fragment the error is in, when there is one.</summary>
    public string? Definition { get; init; }

    public override string ToString() => Line > 0
        ? $"{File}({Line},{Column}): error {Code}: {Message}"
        : $"{File}: error {Code}: {Message}";
}

/// <summary>Stable codes of generation errors.</summary>
public static class CodegenErrorCodes
{
    /// <summary>The operation does not validate against the schema (GraphQL spec section 5).</summary>
    public const string Validation = "GQL0001";

    /// <summary>A syntax error in a <c>.graphql</c> file.</summary>
    public const string Syntax = "GQL0002";

    /// <summary>An operation the generator cannot name (anonymous) or a name used twice.</summary>
    public const string Naming = "GQL0003";

    /// <summary>The schema itself does not load.</summary>
    public const string Schema = "GQL0004";

    /// <summary>Too many files, or a file that is not executable GraphQL (type definitions).</summary>
    public const string Input = "GQL0005";
}

/// <summary>The generated C# source, or the errors that prevented it.</summary>
public sealed record CodegenResult(string? Source, IReadOnlyList<CodegenError> Errors)
{
    public bool Succeeded => Source is not null && Errors.Count == 0;
}
