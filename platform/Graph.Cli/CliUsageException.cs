namespace Graph.Cli;

/// <summary>A problem with how the command was called (a missing file), not with GraphQL input.</summary>
public sealed class CliUsageException(string message) : Exception(message);
