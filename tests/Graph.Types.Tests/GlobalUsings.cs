global using FluentAssertions;
global using Graph.Language;
global using Xunit;
