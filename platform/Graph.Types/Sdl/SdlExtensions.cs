using Graph.Language;

namespace Graph.Types;

/// <summary>Merges a type extension (spec 3.4.3) into its definition, with graphql-js's PossibleTypeExtensions messages.</summary>
internal static class SdlExtensions
{
    public static void Apply(SchemaBuilder builder, TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var target = builder.FindType(name);
        if (target is null)
        {
            builder.Errors.Add(new SchemaError($"Cannot extend type \"{name}\" because it is not defined.", extension.Location));
            return;
        }

        var applied = (extension, target) switch
        {
            (ObjectTypeExtensionNode o, ObjectTypeBuilder t) => Merge(SdlDefinitions.WithMembers(t, o.Interfaces, o.Fields)),
            (InterfaceTypeExtensionNode i, InterfaceTypeBuilder t) => Merge(SdlDefinitions.WithMembers(t, i.Interfaces, i.Fields)),
            (UnionTypeExtensionNode u, UnionTypeBuilder t) => Merge(SdlDefinitions.WithUnionMembers(t, u.Types)),
            (EnumTypeExtensionNode e, EnumTypeBuilder t) => Merge(SdlDefinitions.WithValues(t, e.Values)),
            (InputObjectTypeExtensionNode io, InputObjectTypeBuilder t) => MergeInput(builder, io, t),
            (ScalarTypeExtensionNode, ScalarTypeBuilder) => true,
            _ => false,
        };

        if (!applied)
        {
            builder.Errors.Add(new SchemaError($"Cannot extend non-{KindName(extension)} type \"{name}\".", extension.Location));
            return;
        }

        target.Directives.AddRange(extension.Directives.Select(DirectiveUsage.FromSyntax));
    }

    private static bool Merge(TypeBuilder type) => type is not null;

    /// <summary>Spec 3.10.2 "Input Object Extensions" rules 5 and 6 (OneOf).</summary>
    private static bool MergeInput(SchemaBuilder builder, InputObjectTypeExtensionNode extension, InputObjectTypeBuilder input)
    {
        if (extension.Directives.Any(d => d.Name.Value == BuiltInDirectives.OneOfName))
        {
            builder.Errors.Add(new SchemaError($"The @oneOf directive must not be provided by an Input Object type extension (\"{input.Name}\").", extension.Location));
        }

        SdlDefinitions.WithInputFields(input, extension.Fields);
        return true;
    }

    private static string KindName(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };
}
