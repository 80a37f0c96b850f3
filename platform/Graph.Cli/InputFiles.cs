namespace Graph.Cli;

internal static class InputFiles
{
    /// <summary>Reads a file as UTF-8 bytes, or standard input for "-".</summary>
    public static byte[] ReadBytes(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return buffer.ToArray();
        }

        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new CliUsageException($"graph: {path}: no such file.");
    }
}
