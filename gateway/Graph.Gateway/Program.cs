// The gateway host; its wiring (composition loading and reload, JWT validation, limits) is in GatewayHost.
await Graph.Gateway.GatewayHost.Build(args).RunAsync();
