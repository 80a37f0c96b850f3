using Graph.Language;

namespace Graph.Client.Generator;

/// <summary>
/// The document a generated method sends: its operation and the fragments it uses (transitively, from any file),
/// with <c>__typename</c> added to every selection set that has fragments, so polymorphic results can be told apart.
/// </summary>
internal static class OperationDocumentPrinter
{
    public static string Print(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var rewriter = new TypenameAdder();
        var parts = new List<string> { SyntaxPrinter.Print(rewriter.Rewrite(operation)) };
        foreach (var fragment in UsedFragments(operation, fragments))
        {
            parts.Add(SyntaxPrinter.Print(rewriter.Rewrite(fragment)));
        }

        return string.Join("\n\n", parts);
    }

    private static List<FragmentDefinitionNode> UsedFragments(SyntaxNode root, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var used = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SyntaxNode>([root]);
        while (pending.TryPop(out var node))
        {
            SyntaxVisitor.Create().Enter(SyntaxKind.FragmentSpread, (spread, _) =>
            {
                var name = ((FragmentSpreadNode)spread).Name.Value;
                if (seen.Add(name) && fragments.TryGetValue(name, out var fragment))
                {
                    used.Add(fragment);
                    pending.Push(fragment);
                }

                return VisitorAction.Continue;
            }).Visit(node);
        }

        return used;
    }

    private sealed class TypenameAdder : SyntaxRewriter
    {
        private static readonly FieldNode Typename = new(null, new NameNode("__typename"), [], [], null);

        protected override SyntaxNode? Visit(SyntaxNode node)
        {
            var rewritten = RewriteChildren(node);
            if (rewritten is not SelectionSetNode set
                || !set.Selections.Any(s => s is InlineFragmentNode or FragmentSpreadNode)
                || set.Selections.Any(s => s is FieldNode { Alias: null, Name.Value: "__typename", Directives.Count: 0 }))
            {
                return rewritten;
            }

            return set with { Selections = [Typename, .. set.Selections] };
        }
    }
}
