namespace Graph.Testing.Snapshots;

public sealed class SnapshotMismatchException(string message) : Exception(message);
