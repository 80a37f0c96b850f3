namespace Graph.Types.Tests;

/// <summary>One schema validation case: SDL and the exact errors expected (empty: valid).</summary>
/// <param name="Rule">The spec rule (section and item) the case exercises.</param>
/// <param name="SameAsGraphQLJs">False where we follow the spec and graphql-js does not check (said in <paramref name="Rule"/>).</param>
public sealed record ValidationCase(string Rule, string Sdl, string[] Errors, bool SameAsGraphQLJs = true)
{
    public override string ToString() => Rule;
}

/// <summary>Every rule of spec section 3 "Type Validation", valid and invalid, with graphql-js's messages.</summary>
public static class SchemaValidationCases
{
    public static readonly ValidationCase[] All =
    [
        // 3.3 Schema: names beginning with "__" are reserved.
        new("3.3 names: valid", "type Query { a: Int }", []),
        new("3.3 names: type starting with __", "type Query { a: __Foo } type __Foo { a: Int }",
            ["Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection."]),
        new("3.3 names: field and argument starting with __", "type Query { __a(__b: Int): Int }",
            ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection."]),
        new("3.3 unique type names", "type Query { a: Int } type Query { b: Int }", ["There can be only one type named \"Query\"."]),

        // 3.3.1 Root Operation Types.
        new("3.3.1 query root must be provided", "type Foo { a: Int }", ["Query root type must be provided."]),
        new("3.3.1 query root must be an object type", "schema { query: Q } input Q { a: Int }", ["Query root type must be Object type, it cannot be Q."]),
        new("3.3.1 mutation root must be an object type", "schema { query: Query mutation: M } type Query { a: Int } union M = Query",
            ["Mutation root type must be Object type if provided, it cannot be M."]),
        new("3.3.1 roots must be different", "schema { query: Query mutation: Query } type Query { a: Int }",
            ["All root types must be different, \"Query\" type is used as query and mutation root types."]),
        new("3.3.1 roots: valid non-default names", "schema { query: Q mutation: M } type Q { a: Int } type M { b: Int }", []),
        new("3.3 only one schema definition", "schema { query: Query } schema { query: Query } type Query { a: Int }", ["Must provide only one schema definition.", "There can be only one query type in schema."]),

        // 3.6 Objects.
        new("3.6.1 object must define fields", "type Query { a: T } type T", ["Type T must define one or more fields."]),
        new("3.6.2.1 unique field names", "type Query { a: Int a: String }", ["Field \"Query.a\" can only be defined once."]),
        new("3.6.2.3 field must be output type", "type Query { a: In } input In { b: Int }", ["The type of Query.a must be Output Type but got: In."]),
        new("3.6.2.4.2 unique argument names", "type Query { a(x: Int, x: Int): Int }", ["Argument \"Query.a(x:)\" can only be defined once."]),
        new("3.6.2.4.3 argument must be input type", "type Query { a(x: Query): Int }", ["The type of Query.a(x:) must be Input Type but got: Query."]),
        new("3.6.2.4.4 required argument cannot be deprecated", "type Query { a(x: Int! @deprecated): Int }", ["Required argument Query.a(x:) cannot be deprecated."]),
        new("3.6.2.4.4 required argument with default may be deprecated", "type Query { a(x: Int! = 1 @deprecated): Int }", []),
        new("3.6.2.4.5 default value must be compatible", "type Query { a(x: Int = \"one\"): Int }",
            ["Query.a(x:) has invalid default value: Int cannot represent non-integer value: \"one\""]),
        new("3.6.2.4.5 default value in input object", "type Query { a(x: In = {b: \"x\"}): Int } input In { b: Int! }",
            ["Query.a(x:) has invalid default value at .b: Int cannot represent non-integer value: \"x\""]),
        new("3.6.3 unknown type", "type Query { a: Foo }", ["Unknown type \"Foo\"."]),

        // 3.6 IsValidImplementation (objects and interfaces).
        new("3.6.3 implements only interfaces", "type Query implements Other { a: Int } type Other { a: Int }",
            ["Type Query must only implement Interface types, it cannot implement Other."]),
        new("3.6.3 implements an interface once", "type Query implements I & I { a: Int } interface I { a: Int }", ["Type Query can only implement I once."]),
        new("3.6.4 field must be provided", "type Query implements I { b: Int } interface I { a: Int }", ["Interface field I.a expected but Query does not provide it."]),
        new("3.6.4 covariant field type", "type Query implements I { a: String } interface I { a: Int }",
            ["Interface field I.a expects type Int but Query.a is type String."]),
        new("3.6.4 covariant: non-null and subtype are valid",
            "type Query implements I { a: Int! b: [T!]! } interface I { a: Int b: [J] } interface J { x: Int } type T implements J { x: Int }", []),
        new("3.6.4 argument must be provided", "type Query implements I { a: Int } interface I { a(x: Int): Int }",
            ["Interface field argument I.a(x:) expected but Query.a does not provide it."]),
        new("3.6.4 argument type is invariant", "type Query implements I { a(x: Int!): Int } interface I { a(x: Int): Int }",
            ["Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!."]),
        new("3.6.4 additional argument must not be required", "type Query implements I { a(y: Int!): Int } interface I { a: Int }",
            ["Argument \"Query.a(y:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.a\"."]),
        new("3.6.4 deprecated field needs deprecated interface field", "type Query implements I { a: Int @deprecated } interface I { a: Int }",
            ["Interface field I.a is not deprecated, so implementation field Query.a must not be deprecated."]),
        new("3.7 transitive interfaces must be declared", "type Query implements B { a: Int } interface A { a: Int } interface B implements A { a: Int }",
            ["Type Query must implement A because it is implemented by B."]),
        new("3.7 interface cannot implement itself", "type Query { a: I } interface I implements I { a: Int }",
            ["Type I cannot implement itself because it would create a circular reference."]),
        new("3.7 interfaces cannot implement each other", "type Query { a: A } interface A implements B & A { a: Int } interface B implements A { a: Int }",
            ["Type A cannot implement itself because it would create a circular reference.", "Type B cannot implement A because it would create a circular reference."]),
        new("3.7.1 interface must define fields", "type Query { a: I } interface I", ["Type I must define one or more fields."]),

        // 3.8 Unions.
        new("3.8.1 union must have members", "type Query { a: U } union U", ["Union type U must define one or more member types."]),
        new("3.8.1 union members unique", "type Query { a: U } union U = Query | Query", ["Union type U can only include type Query once."]),
        new("3.8.2 union members are object types", "type Query { a: U } union U = I interface I { a: Int }",
            ["Union type U can only include Object types, it cannot include I."]),

        // 3.9 Enums.
        new("3.9.1 enum must have values", "type Query { a: E } enum E", ["Enum type E must define one or more values."]),
        new("3.9.1 enum values unique", "type Query { a: E } enum E { A A }", ["Enum value \"E.A\" can only be defined once."]),

        // 3.10 Input objects.
        new("3.10.1 input must have fields", "type Query { a(x: I): Int } input I", ["Input Object type I must define one or more fields."]),
        new("3.10.2.1 input field names unique", "type Query { a(x: I): Int } input I { b: Int b: Int }", ["Field \"I.b\" can only be defined once."]),
        new("3.10.2.3 input field must be input type", "type Query { a(x: I): Int } input I { b: Query }", ["The type of I.b must be Input Type but got: Query."]),
        new("3.10.2.4 required input field cannot be deprecated", "type Query { a(x: I): Int } input I { b: Int! @deprecated }",
            ["Required input field I.b cannot be deprecated."]),
        new("3.10.3 circular non-null reference", "type Query { a(x: I): Int } input I { self: I! }",
            ["Input Object I cannot be provided a finite value because it references itself through fields: I.self."]),
        new("3.10.3 circular through two types", "type Query { a(x: A): Int } input A { b: B! } input B { a: A! }",
            ["Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a."]),
        new("3.10.3 nullable or list reference breaks the cycle", "type Query { a(x: I): Int } input I { self: I list: [I!]! }", []),
        new("3.10.4 default value cycle", "type Query { a(x: I): Int } input I { self: I = {} }",
            ["Invalid circular reference. The default value of Input Object field I.self references itself."]),
        new("3.10.4 default value cycle through two fields", "type Query { a(x: A): Int } input A { b: B = {} } input B { a: A = {} }",
            ["Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a."]),
        new("3.10.4 explicit default breaks the cycle", "type Query { a(x: I): Int } input I { self: I = {self: null} }", []),

        // 3.10.1 OneOf Input Objects.
        new("3.10.1 oneOf valid", "type Query { a(x: I): Int } input I @oneOf { a: Int b: String }", []),
        new("3.10.1 oneOf field must be nullable", "type Query { a(x: I): Int } input I @oneOf { a: Int! b: String }", ["OneOf input field I.a must be nullable."]),
        new("3.10.1 oneOf field has no default", "type Query { a(x: I): Int } input I @oneOf { a: Int = 1 b: String }", ["OneOf input field I.a cannot have a default value."]),
        new("3.10.1 oneOf cycle without escape", "type Query { a(x: I): Int } input I @oneOf { a: I }",
            ["Input Object I cannot be provided a finite value because it references itself through fields: I.a."]),
        new("3.10.1 oneOf with a scalar member escapes the cycle", "type Query { a(x: I): Int } input I @oneOf { a: I b: Int }", []),
        new("3.10.2 @oneOf must not be added by an extension (spec; graphql-js does not check)",
            "type Query { a(x: I): Int } input I { a: Int } extend input I @oneOf",
            ["The @oneOf directive must not be provided by an Input Object type extension (\"I\")."], SameAsGraphQLJs: false),

        // 3.13 Directives.
        new("3.13.1 directive names unique", "directive @a on FIELD directive @a on FIELD type Query { a: Int }", ["There can be only one directive named \"@a\"."]),
        new("3.13.4 directive name starting with __", "directive @__a on FIELD type Query { a: Int }",
            ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."]),
        new("3.13.5.2 directive argument names unique", "directive @a(x: Int, x: Int) on FIELD type Query { a: Int }",
            ["Argument \"@a(x:)\" can only be defined once."]),
        new("3.13.5.3 directive argument must be input type", "directive @a(x: Query) on FIELD type Query { a: Int }",
            ["The type of @a(x:) must be Input Type but got: Query."]),
        new("3.13.2 directive must not reference itself (spec; graphql-js does not check)",
            "directive @a(x: Int @a) on ARGUMENT_DEFINITION type Query { a: Int }",
            ["Directive @a must not reference itself, but it does through @a(x:)."], SameAsGraphQLJs: false),
        new("3.13.3 directive must not reference itself indirectly (spec; graphql-js does not check)",
            "directive @a(x: In) on INPUT_FIELD_DEFINITION input In { f: Int @a } type Query { a: Int }",
            ["Directive @a must not reference itself, but it does through In.f."], SameAsGraphQLJs: false),

        // Applied directives (graphql-js SDL rules).
        new("applied: unknown directive", "type Query { a: Int @nope }", ["Unknown directive \"@nope\"."]),
        new("applied: wrong location", "directive @d on OBJECT type Query { a: Int @d }", ["Directive \"@d\" may not be used on FIELD_DEFINITION."]),
        new("applied: non-repeatable used twice", "directive @d on OBJECT type Query @d @d { a: Int }", ["The directive \"@d\" can only be used once at this location."]),
        new("applied: repeatable used twice", "directive @d repeatable on OBJECT type Query @d @d { a: Int }", []),
        new("applied: unknown argument", "directive @d on OBJECT type Query @d(x: 1) { a: Int }", ["Unknown argument \"x\" on directive \"@d\"."]),
        new("applied: required argument missing", "directive @d(x: Int!) on OBJECT type Query @d { a: Int }",
            ["Argument \"@d(x:)\" of type \"Int!\" is required, but it was not provided."]),
        new("applied: argument value of the wrong type (graphql-js does not check SDL values)",
            "directive @d(x: Int) on OBJECT type Query @d(x: \"s\") { a: Int }",
            ["Argument @d(x:) has invalid value: Int cannot represent non-integer value: \"s\""], SameAsGraphQLJs: false),

        // Extensions (spec 3.4.3 and each type's extension rules).
        new("extension of an undefined type", "type Query { a: Int } extend type Nope { b: Int }", ["Cannot extend type \"Nope\" because it is not defined."]),
        new("extension of another kind", "type Query { a: Int } enum E { A } extend type E { b: Int }", ["Cannot extend non-object type \"E\"."]),
        new("extension redefining a field", "type Query { a: Int } extend type Query { a: Int }", ["Field \"Query.a\" can only be defined once."]),
        new("extension adding a union member twice", "type Query { a: U } union U = Query extend union U = Query", ["Union type U can only include type Query once."]),
        new("extension repeating a non-repeatable directive", "directive @d on OBJECT type Query @d { a: Int } extend type Query @d",
            ["The directive \"@d\" can only be used once at this location."]),
        new("extension: interface added by extension must be satisfied", "type Query { a: Int } interface I { b: Int } extend type Query implements I",
            ["Interface field I.b expected but Query does not provide it."]),
    ];
}
