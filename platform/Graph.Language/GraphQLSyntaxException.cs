namespace Graph.Language;

/// <summary>
/// A document is not valid GraphQL syntax (spec 2). <see cref="Exception.Message"/> reads as
/// graphql-js's, for example <c>Syntax Error: Expected Name, found "}".</c>
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException()
        : this("Syntax Error.", 0, 1, 1)
    {
    }

    public GraphQLSyntaxException(string message)
        : this(message, 0, 1, 1)
    {
    }

    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Description = message;
        Line = 1;
        Column = 1;
    }

    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-8 byte offset of the error in the source.</summary>
    public int Position { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error, in UTF-16 code units as graphql-js counts.</summary>
    public int Column { get; }
}
