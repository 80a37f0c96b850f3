using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>
/// Tracks, during a traversal, the types a position in the document refers to: the parent composite type of a
/// selection set, the field definition and its output type, the directive and argument being visited, the input type
/// expected by a value (and the type of its enclosing value) and the default value of that position. Mirrors
/// graphql-js's <c>TypeInfo</c> so that rules see the same information graphql-js's rules see.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<INamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];
    private bool _inDirective;

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation root or fragment type condition.</summary>
    public IType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public INamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected where the current value (or argument, or variable default) sits.</summary>
    public IType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the value enclosing the current one (the list or input object type).</summary>
    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDefinition => Top(_fieldDefStack);

    /// <summary>The default value of the argument or input field whose value is being visited, if it has one.</summary>
    public ValueNode? DefaultValue => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    /// <summary>The field named <paramref name="name"/> of a composite type, including the introspection meta-fields (spec 4.2).</summary>
    public static OutputField? GetFieldDefinition(Schema schema, INamedType parentType, string name)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        switch (name)
        {
            case "__schema":
                return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.SchemaField : null;
            case "__type":
                return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.TypeField : null;
            case "__typename":
                return IntrospectionTypes.TypeNameField;
        }

        return parentType is IComplexType complex ? complex.Fields.Find(name) : null;
    }

    /// <summary>The schema type a type reference of the document names; null when a named type is unknown.</summary>
    public static IType? TypeFromAst(Schema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return node switch
        {
            NamedTypeNode named => schema.FindType(named.Name.Value),
            ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
            _ => null,
        };
    }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDefinition(_schema, parentType, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.FindDirective(directive.Name.Value);
                _inDirective = true;
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushFragmentType(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variableDefinition:
                var variableType = TypeFromAst(_schema, variableDefinition.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(InputType?.NullableType() is ListType listType ? listType.OfType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.NamedType() is InputObjectType inputObject ? inputObject.Fields.Find(objectField.Name.Value) : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type);
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                _inDirective = false;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
        }
    }

    private void EnterArgument(ArgumentNode argument)
    {
        // The arguments of an unknown directive have no definition (graphql-js would use the field's).
        Argument? definition = null;
        if (_inDirective)
        {
            definition = Directive?.Arguments.Find(argument.Name.Value);
        }
        else if (FieldDefinition is { } field)
        {
            definition = field.Arguments.Find(argument.Name.Value);
        }

        Argument = definition;
        _defaultValueStack.Add(definition?.DefaultValue);
        _inputTypeStack.Add(definition?.Type);
    }

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.NamedType() : TypeFromAst(_schema, typeCondition);
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
