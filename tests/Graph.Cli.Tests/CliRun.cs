namespace Graph.Cli.Tests;

/// <summary>Runs the <c>graph</c> command in-process on files written for the test.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("graph-cli-");

    public string File(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await GraphCommand.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
