namespace Graph.Types;

internal sealed partial class SchemaValidator
{
    private void ValidateTypes()
    {
        foreach (var type in _schema.Types)
        {
            if (type.IsBuiltIn)
            {
                continue;
            }

            ValidateName(type.Name, type.Location);
            switch (type)
            {
                case IComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    break;
                case ScalarType scalar when scalar.SpecifiedByUrl is not null && BuiltInScalars.IsSpecifiedScalarName(scalar.Name):
                    // Spec 3.13.4: built-in scalars must not provide a scalar specification URL.
                    Error($"Built-in scalar {scalar.Name} must not provide a @specifiedBy URL.", scalar.Location);
                    break;
            }
        }

        InputObjectCycles.Check(_schema, _errors);
    }

    /// <summary>Spec 3.6 and 3.7 "Type Validation" 1-2: fields, their names, output types and arguments.</summary>
    private void ValidateFields(IComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Error($"Type {type.Name} must define one or more fields.", type.Location);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Location);
            if (!field.Type.IsOutputType())
            {
                Error($"The type of {field.Coordinate} must be Output Type but got: {field.Type}.", field.Location);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(argument);
            }
        }
    }

    /// <summary>Spec 3.6 and 3.7 "Type Validation" 3-4: unique interfaces, no self-implementation, IsValidImplementation.</summary>
    private void ValidateInterfaces(IComplexType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Location);
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                Error($"Type {type.Name} can only implement {iface.Name} once.", type.Location);
                continue;
            }

            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    /// <summary>IsValidImplementation step 1: interfaces of the implemented interface must be declared too (transitively).</summary>
    private void ValidateTypeImplementsAncestors(IComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Error(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.", type.Location);
            }
        }
    }

    /// <summary>IsValidImplementation steps 2-6 (spec 3.6): fields, arguments, covariant types, deprecation.</summary>
    private void ValidateTypeImplementsInterface(IComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            if (!type.Fields.TryGet(ifaceField.Name, out var typeField))
            {
                Error($"Interface field {ifaceField.Coordinate} expected but {type.Name} does not provide it.", ifaceField.Location, type.Location);
                continue;
            }

            if (!_schema.IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                Error($"Interface field {ifaceField.Coordinate} expects type {ifaceField.Type} but {typeField.Coordinate} is type {typeField.Type}.", ifaceField.Location, typeField.Location);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (!typeField.Arguments.TryGet(ifaceArg.Name, out var typeArg))
                {
                    Error($"Interface field argument {ifaceArg.Coordinate} expected but {typeField.Coordinate} does not provide it.", ifaceArg.Location, typeField.Location);
                    continue;
                }

                if (!ifaceArg.Type.IsEqualTo(typeArg.Type))
                {
                    Error($"Interface field argument {ifaceArg.Coordinate} expects type {ifaceArg.Type} but {typeArg.Coordinate} is type {typeArg.Type}.", ifaceArg.Location, typeArg.Location);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && !ifaceField.Arguments.ContainsName(typeArg.Name))
                {
                    Error($"Argument \"{typeArg.Coordinate}\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{ifaceField.Coordinate}\".", typeArg.Location, ifaceField.Location);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                Error($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.", typeField.Location);
            }
        }
    }

    /// <summary>Spec 3.8 "Type Validation": one or more unique member types, all object types.</summary>
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Error($"Union type {union.Name} must define one or more member types.", union.Location);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Error($"Union type {union.Name} can only include type {member.Name} once.", union.Location);
            }
        }
    }

    /// <summary>Spec 3.9 "Type Validation": one or more values; names are not true, false or null (spec 2.9.6).</summary>
    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Error($"Enum type {enumType.Name} must define one or more values.", enumType.Location);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.Location);
            if (value.Name is "true" or "false" or "null")
            {
                Error($"Enum values cannot be named: {value.Name}", value.Location);
            }
        }
    }

    /// <summary>Spec 3.10 "Type Validation" 1-2 and the OneOf rules (spec 3.10.1).</summary>
    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Error($"Input Object type {input.Name} must define one or more fields.", input.Location);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.Location);
            if (!field.Type.IsInputType())
            {
                Error($"The type of {field.Coordinate} must be Input Type but got: {field.Type}.", field.Location);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                Error($"Required input field {field.Coordinate} cannot be deprecated.", field.Location);
            }

            ValidateDefaultValue(field);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.Location);
                }

                if (field.HasDefaultValue)
                {
                    Error($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.Location);
                }
            }
        }
    }
}
