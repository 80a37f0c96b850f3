using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Spec 3.10 "Type Validation" 3 and 4: an input object must be able to hold a finite value (a chain of Non-Null
/// self-references can never be satisfied; for a OneOf Input Object one escaping field suffices), and default values
/// must not reference themselves (InputObjectDefaultValueHasCycle).
/// </summary>
internal static class InputObjectCycles
{
    public static void Check(Schema schema, List<SchemaError> errors)
    {
        var inputs = schema.Types.OfType<InputObjectType>().ToList();
        CheckFiniteValues(inputs, errors);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            new DefaultValueCycleDetector(errors, visited).DetectInObject(input, new ObjectValueNode([]));
        }
    }

    private static InputObjectType? FiniteValueTarget(InputObjectType owner, IType fieldType) => owner.IsOneOf
        ? fieldType as InputObjectType
        : fieldType is NonNullType { OfType: InputObjectType target } ? target : null;

    /// <summary>A fixpoint over "has a finite value", then one error per cycle among the types that have none.</summary>
    private static void CheckFiniteValues(List<InputObjectType> inputs, List<SchemaError> errors)
    {
        var finite = new HashSet<InputObjectType>();
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs)
            {
                if (finite.Contains(input))
                {
                    continue;
                }

                var targets = input.Fields.Select(f => FiniteValueTarget(input, f.Type)).ToList();
                var hasFinite = input.IsOneOf
                    ? input.Fields.Count == 0 || targets.Exists(t => t is null || finite.Contains(t))
                    : targets.TrueForAll(t => t is null || finite.Contains(t));
                if (hasFinite)
                {
                    finite.Add(input);
                    changed = true;
                }
            }
        }
        while (changed);

        var visited = new HashSet<InputObjectType>();
        var path = new List<(InputObjectType Owner, InputField Field)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        foreach (var input in inputs.Where(i => !finite.Contains(i)))
        {
            ReportCycles(input);
        }

        void ReportCycles(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            indexByType[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (FiniteValueTarget(input, field.Type) is not { } target || finite.Contains(target))
                {
                    continue;
                }

                path.Add((input, field));
                if (indexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    errors.Add(new SchemaError(
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => $"{p.Owner.Name}.{p.Field.Name}"))}.",
                        cycle.Select(p => p.Field.Location).ToArray()));
                }
                else
                {
                    ReportCycles(target);
                }

                path.RemoveAt(path.Count - 1);
            }

            indexByType.Remove(input);
        }
    }

    /// <summary>InputObjectDefaultValueHasCycle (spec 3.10), reporting the chain of default values as graphql-js does.</summary>
    private sealed class DefaultValueCycleDetector(List<SchemaError> errors, HashSet<string> visitedFields)
    {
        private readonly List<(string Coordinate, Location? Location)> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        public void DetectInObject(InputObjectType input, ValueNode defaultValue)
        {
            if (defaultValue is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    DetectInObject(input, item);
                }

                return;
            }

            if (defaultValue is not ObjectValueNode obj)
            {
                return;
            }

            foreach (var field in input.Fields)
            {
                if (field.Type.NamedType() is not InputObjectType fieldType)
                {
                    continue;
                }

                var given = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                if (given is not null)
                {
                    DetectInObject(fieldType, given.Value);
                }
                else
                {
                    DetectInField(field, fieldType);
                }
            }
        }

        private void DetectInField(InputField field, InputObjectType fieldType)
        {
            if (field.DefaultValue is null)
            {
                return;
            }

            var coordinate = field.Coordinate;
            if (_pathIndex.TryGetValue(coordinate, out var cycleIndex))
            {
                var via = cycleIndex < _path.Count
                    ? " via the default values of: " + string.Join(", ", _path.Skip(cycleIndex).Select(p => p.Coordinate))
                    : string.Empty;
                errors.Add(new SchemaError(
                    $"Invalid circular reference. The default value of Input Object field {coordinate} references itself{via}.",
                    _path.Skip(Math.Max(0, cycleIndex - 1)).Select(p => p.Location).ToArray()));
                return;
            }

            if (!visitedFields.Add(coordinate))
            {
                return;
            }

            _path.Add((coordinate, field.DefaultValue.Location));
            _pathIndex[coordinate] = _path.Count;
            DetectInObject(fieldType, field.DefaultValue);
            _path.RemoveAt(_path.Count - 1);
            _pathIndex.Remove(coordinate);
        }
    }
}
