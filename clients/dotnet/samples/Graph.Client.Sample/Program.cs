using Graph.Client.Sample;

return await SampleProgram.RunAsync(args, Console.Out, Console.Error);
