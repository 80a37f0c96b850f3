using Graph.DevHost;

// The host behind `./graph up`: an embedded Kafka unless one is given, then every service in
// services.json, supervised until Ctrl-C (SIGINT) or SIGTERM stops them all.
var options = DevHostOptions.Parse(args, Environment.GetEnvironmentVariable);
using var stop = new CancellationTokenSource();
using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

return await new DevHostRunner(options, Console.Out).RunAsync(stop.Token);
