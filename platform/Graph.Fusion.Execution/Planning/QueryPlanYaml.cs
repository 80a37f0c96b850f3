using System.Text;

namespace Graph.Fusion.Execution.Planning;

/// <summary>Prints a <see cref="QueryPlan"/> as YAML: the normalized operation, then each node in id order.</summary>
internal static class QueryPlanYaml
{
    public static string Print(QueryPlan plan)
    {
        var yaml = new StringBuilder();
        yaml.Append("operation: |\n");
        Block(yaml, plan.Operation.Text, "  ");
        if (plan.HasIntrospection)
        {
            yaml.Append("introspection: local\n");
        }

        yaml.Append("nodes:");
        if (plan.Nodes.Count == 0)
        {
            yaml.Append(" []\n");
            return yaml.ToString();
        }

        yaml.Append('\n');
        foreach (var node in plan.Nodes)
        {
            yaml.Append("  - id: ").Append(node.Id).Append('\n');
            yaml.Append("    type: ").Append(node.Kind).Append('\n');
            yaml.Append("    schema: ").Append(node.Schema).Append('\n');
            if (node.IsLookup)
            {
                yaml.Append("    path: ").Append(node.Path.Count == 0 ? "$" : "$." + string.Join('.', node.Path)).Append('\n');
                if (node.TypeCondition is not null)
                {
                    yaml.Append("    typeCondition: ").Append(node.TypeCondition).Append('\n');
                }

                yaml.Append("    source: ").Append(string.Join('.', node.SourcePath)).Append('\n');
            }

            yaml.Append("    operation: |\n");
            Block(yaml, node.Document, "      ");
            if (node.Requirements.Count > 0)
            {
                yaml.Append("    requirements:\n");
                foreach (var requirement in node.Requirements)
                {
                    yaml.Append("      - name: ").Append(requirement.VariableName).Append('\n');
                    yaml.Append("        map: ").Append(Quote(requirement.Map)).Append('\n');
                }
            }

            if (node.ForwardedVariables.Count > 0)
            {
                yaml.Append("    forwardedVariables: [").Append(string.Join(", ", node.ForwardedVariables)).Append("]\n");
            }

            if (node.Dependencies.Count > 0)
            {
                yaml.Append("    dependencies: [").Append(string.Join(", ", node.Dependencies)).Append("]\n");
            }
        }

        return yaml.ToString();
    }

    private static void Block(StringBuilder yaml, string text, string indent)
    {
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            yaml.Append(indent).Append(line).Append('\n');
        }
    }

    private static string Quote(string value) =>
        value.Any(c => c is '{' or '}' or ':' or '[' or ']' or '|' or '<' or '#' or '"') ? "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : value;
}
