using Graph.SmtpSink;
using Microsoft.Extensions.Configuration;

// Runs the sink until Ctrl+C: SmtpSink:SmtpPort (2525), SmtpSink:HttpPort (8025), and the SmtpSinkOptions keys.
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
var section = configuration.GetSection("SmtpSink");
var options = new SmtpSinkOptions();
section.Bind(options);
await using var sink = await SmtpSinkServer.StartAsync(
    section.GetValue("SmtpPort", 2525), section.GetValue("HttpPort", 8025), options);
Console.WriteLine($"SMTP sink: smtp://127.0.0.1:{sink.SmtpPort}, messages at {sink.HttpAddress}messages");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
