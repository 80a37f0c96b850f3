using Graph.FakeStripe;

// Runs like stripe-mock: http://127.0.0.1:12111 unless --urls says otherwise (appsettings.json).
await FakeStripeServer.Build(args).RunAsync();
