using System.Text;
using System.Text.Json;
using Graph.Testing.Node;
using Xunit.Sdk;

namespace Graph.Testing.Http;

/// <summary>
/// The npm <c>graphql-http</c> package's <c>auditServer</c> (its conformance suite for GraphQL over HTTP), run once by
/// node (<c>js/audit.mjs</c>) against a running server, with the verdict every service's audit test shares.
/// </summary>
public static class GraphQLHttpAudit
{
    /// <summary>The audit suite has well over this many audits; fewer means the script or the package broke.</summary>
    private const int MinimumAuditCount = 40;

    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.Testing", "Http", "js", "audit.mjs");

    /// <summary>One audit's outcome: <c>status</c> is <c>ok</c>, <c>warn</c>, <c>notice</c> or <c>error</c>.</summary>
    public sealed record AuditResult(string Id, string Name, string Status, string? Reason)
    {
        public bool Passed => Status == "ok";

        /// <summary><c>MUST</c>, <c>SHOULD</c> or <c>MAY</c>: the first word of the audit's name.</summary>
        public string Level => Name.Split(' ', 2)[0];
    }

    /// <summary>
    /// Audits <paramref name="endpoint"/>, writes a count per level and every audit not passed to
    /// <paramref name="log"/>, and fails unless every MUST and SHOULD audit passes and every MAY audit passes or is
    /// listed in <paramref name="mayAuditsNotPassed"/> (audit id to why the server knowingly does not pass it).
    /// </summary>
    public static IReadOnlyList<AuditResult> AssertConforms(
        Uri endpoint, Action<string> log, IReadOnlyDictionary<string, string>? mayAuditsNotPassed = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(log);
        var allowed = mayAuditsNotPassed ?? new Dictionary<string, string>();

        var line = NodeScript.RunJsonLines(Script, [endpoint.ToString()]).Single();
        var audits = JsonSerializer.Deserialize<List<AuditResult>>(line, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{Path.GetFileName(Script)} answered null.");

        foreach (var level in audits.GroupBy(a => a.Level))
        {
            log($"{level.Key}: {level.Count(a => a.Passed)}/{level.Count()} ok");
        }

        foreach (var audit in audits.Where(a => !a.Passed))
        {
            log($"{audit.Id} {audit.Status}: {audit.Name}: {audit.Reason}");
        }

        if (audits.Count <= MinimumAuditCount)
        {
            throw new XunitException($"The graphql-http audit ran only {audits.Count} audits against {endpoint}; expected more than {MinimumAuditCount}.");
        }

        var failures = audits
            .Where(a => !a.Passed && !(a.Level == "MAY" && allowed.ContainsKey(a.Id)))
            .ToList();
        if (failures.Count > 0)
        {
            var message = new StringBuilder($"{failures.Count} graphql-http audits against {endpoint} did not pass:");
            foreach (var audit in failures)
            {
                message.Append($"{Environment.NewLine}  {audit.Id} {audit.Status}: {audit.Name}: {audit.Reason}");
            }

            throw new XunitException(message.ToString());
        }

        return audits;
    }
}
