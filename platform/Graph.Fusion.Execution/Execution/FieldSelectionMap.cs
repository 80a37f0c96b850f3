using System.Text.Json.Nodes;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Evaluates a FieldSelectionMap (Composite Schemas Appendix A) against an entity the gateway holds: paths
/// (<c>a.b</c>, with <c>&lt;Type&gt;</c> conditions), objects (<c>{ id: id, sku }</c>), lists (<c>[a.b]</c>,
/// <c>parts[{ id }]</c>) and alternatives (<c>a | b</c>: the first that is not null). The entity's top-level fields are
/// read under the planner's internal alias (<c>__fusion_&lt;name&gt;</c>), because that is how the planner selected them.
/// </summary>
internal sealed class FieldSelectionMap
{
    private readonly Func<MergedView, bool, JsonNode?> _evaluate;

    // The usual key (`id`, `sku`, `a.b`): a plain path, whose value is read where it is instead of copied into a node.
    private readonly Func<MergedView, bool, MergedView>? _path;

    private FieldSelectionMap(Func<MergedView, bool, JsonNode?> evaluate, Func<MergedView, bool, MergedView>? path)
    {
        _evaluate = evaluate;
        _path = path;
    }

    public static FieldSelectionMap Parse(string text)
    {
        var parser = new MapParser(text);
        var evaluate = parser.ParseValue();
        parser.ExpectEnd();
        return new FieldSelectionMap(evaluate, new MapParser(text).TryParsePlainPath());
    }

    /// <summary>The argument value computed from <paramref name="entity"/> (a fresh node the caller owns).</summary>
    public JsonNode? Evaluate(MergedView entity) => _evaluate(entity, true);

    /// <summary>
    /// The argument value computed from <paramref name="entity"/> as a lookup key: a scalar the path reaches is kept as
    /// the entity's own read-only value (written as it is); anything else is the node <see cref="Evaluate"/> builds.
    /// </summary>
    public KeyValue EvaluateKey(MergedView entity)
    {
        if (_path is null)
        {
            return new KeyValue(default, _evaluate(entity, true));
        }

        var value = _path(entity, true);
        return value.Kind switch
        {
            JsonViewKind.Leaf => new KeyValue(value, null),
            JsonViewKind.Null => default,
            _ => new KeyValue(default, value.ToNode()),
        };
    }

    /// <summary>
    /// A lookup key's value: a scalar of the entity's read-only JSON (<see cref="Leaf"/>), or a node
    /// (<see cref="Node"/>); null when neither.
    /// </summary>
    internal readonly record struct KeyValue(MergedView Leaf, JsonNode? Node)
    {
        public bool IsNull => Node is null && Leaf.Kind == JsonViewKind.Null;

        /// <summary>Writes the value as the node's <c>WriteTo</c> would.</summary>
        public void WriteTo(System.Text.Json.Utf8JsonWriter writer)
        {
            if (Node is not null)
            {
                Node.WriteTo(writer);
            }
            else if (Leaf.Kind == JsonViewKind.Leaf)
            {
                Leaf.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private sealed class MapParser(string text)
    {
        private int _position;

        public Func<MergedView, bool, JsonNode?> ParseValue()
        {
            var first = ParseSingle();
            var alternatives = new List<Func<MergedView, bool, JsonNode?>> { first };
            while (Peek() == '|')
            {
                _position++;
                alternatives.Add(ParseSingle());
            }

            return alternatives.Count == 1 ? first : (node, top) => alternatives.Select(a => a(node, top)).FirstOrDefault(v => v is not null);
        }

        /// <summary>The path when the whole map is one path without a list selection or alternatives; null otherwise.</summary>
        public Func<MergedView, bool, MergedView>? TryParsePlainPath()
        {
            if (Peek() is '{' or '[')
            {
                return null;
            }

            var navigate = ParsePathNavigation();
            return Peek() == '\0' ? navigate : null;
        }

        public void ExpectEnd()
        {
            if (Peek() != '\0')
            {
                throw new FusionSchemaException($"Unexpected '{text[_position]}' at {_position} in the FieldSelectionMap '{text}'.");
            }
        }

        private Func<MergedView, bool, JsonNode?> ParseSingle()
        {
            switch (Peek())
            {
                case '{':
                    return ParseObject();
                case '[':
                    _position++;
                    var inner = ParseValue();
                    Expect(']');
                    return (node, top) => inner(node, top);
                default:
                    return ParsePath();
            }
        }

        private Func<MergedView, bool, JsonNode?> ParseObject()
        {
            Expect('{');
            var fields = new List<(string Name, Func<MergedView, bool, JsonNode?> Value)>();
            while (Peek() != '}')
            {
                var name = ReadName();
                Func<MergedView, bool, JsonNode?> value;
                if (Peek() == ':')
                {
                    _position++;
                    value = ParseValue();
                }
                else
                {
                    var aliased = Planning.OperationPlanner.InternalPrefix + name;
                    value = (node, top) => Step(node, name, top ? aliased : null).ToNode();
                }

                fields.Add((name, value));
                if (Peek() == ',')
                {
                    _position++;
                }
            }

            Expect('}');
            return (node, top) =>
            {
                var result = new JsonObject();
                foreach (var (name, value) in fields)
                {
                    result[name] = value(node, top);
                }

                return result;
            };
        }

        private Func<MergedView, bool, JsonNode?> ParsePath()
        {
            var navigate = ParsePathNavigation();
            Func<MergedView, bool, JsonNode?>? listItem = null;
            if (Peek() == '[')
            {
                _position++;
                listItem = ParseValue();
                Expect(']');
            }

            return (node, top) =>
            {
                var current = navigate(node, top);
                if (listItem is null || current.Kind != JsonViewKind.Array)
                {
                    return current.ToNode();
                }

                var items = new MergedView[current.GetArrayLength()];
                current.CopyItems(items);
                return new JsonArray(items.Select(item => listItem(item, false)).ToArray());
            };
        }

        /// <summary>The segments of a path (<c>a.b</c>, type conditions skipped) as the value they lead to.</summary>
        private Func<MergedView, bool, MergedView> ParsePathNavigation()
        {
            var segments = new List<string>();
            do
            {
                if (Peek() == '<')
                {
                    _position++;
                    ReadName();
                    Expect('>');
                }

                segments.Add(ReadName());
            }
            while (TryConsume('.'));

            var path = segments.ToArray();
            var aliasedFirst = Planning.OperationPlanner.InternalPrefix + path[0];
            return (node, top) =>
            {
                var current = node;
                for (var i = 0; i < path.Length && current.Kind != JsonViewKind.Null; i++)
                {
                    current = Step(current, path[i], top && i == 0 ? aliasedFirst : null);
                }

                return current;
            };
        }

        /// <summary>A property; on the entity itself (<paramref name="aliased"/> given) under the planner's internal alias when it is there.</summary>
        private static MergedView Step(MergedView node, string name, string? aliased)
        {
            if (node.Kind != JsonViewKind.Object)
            {
                return default;
            }

            if (aliased is not null && node.TryGetProperty(aliased, out var aliasedValue))
            {
                return aliasedValue;
            }

            node.TryGetProperty(name, out var value);
            return value;
        }

        private string ReadName()
        {
            SkipIgnored();
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_'))
            {
                _position++;
            }

            return _position > start ? text[start.._position] : throw new FusionSchemaException($"Expected a name at {start} in the FieldSelectionMap '{text}'.");
        }

        private char Peek()
        {
            SkipIgnored();
            return _position < text.Length ? text[_position] : '\0';
        }

        private bool TryConsume(char c)
        {
            if (Peek() != c)
            {
                return false;
            }

            _position++;
            return true;
        }

        private void Expect(char c)
        {
            if (!TryConsume(c))
            {
                throw new FusionSchemaException($"Expected '{c}' at {_position} in the FieldSelectionMap '{text}'.");
            }
        }

        private void SkipIgnored()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }
}
