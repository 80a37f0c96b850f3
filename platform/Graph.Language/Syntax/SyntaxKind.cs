namespace Graph.Language;

/// <summary>The kind of every syntax node; names follow graphql-js's <c>Kind</c>.</summary>
public enum SyntaxKind
{
    Name,

    // Spec 2.2 Document
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,

    // Spec 2.8 Fragments
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,

    // Spec 2.9 Input Values
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,

    // Spec 2.12 Directives
    Directive,

    // Spec 2.11 Type References
    NamedType,
    ListType,
    NonNullType,

    // Spec 3 Type System
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,

    // Spec 3 Type System Extensions
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,

    // Spec 2.13 Schema Coordinates
    TypeCoordinate,
    MemberCoordinate,
    ArgumentCoordinate,
    DirectiveCoordinate,
    DirectiveArgumentCoordinate,
}
