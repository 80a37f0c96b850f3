using Graph.WebHost;

await WebHostApp.Build(args).RunAsync();
