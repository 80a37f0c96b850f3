namespace Graph.Fusion.Composition;

/// <summary>The <c>fusion__*</c> scalars and directives of the execution schema, exactly as docs/fusion.md defines them.</summary>
internal static class FusionDefinitions
{
    public const string Sdl = """
        "A field definition in SDL, e.g. `productById(id: ID!): Product`."
        scalar fusion__FieldDefinition

        "A selection set without braces, e.g. `id` or `id sku`."
        scalar fusion__FieldSelectionSet

        "A FieldSelectionMap (Composite Schemas Appendix A), e.g. `id` or `{ id: id, sku: sku }`."
        scalar fusion__FieldSelectionMap

        "A path of fields from the root to a nested lookup, e.g. `lookups.product`."
        scalar fusion__FieldSelectionPath

        directive @fusion__schema_metadata(name: String!) on ENUM_VALUE

        "The type exists in this source schema."
        directive @fusion__type(schema: fusion__Schema!) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

        "The field can be resolved by this source schema. `sourceName`/`sourceType` are set only when they differ from the composite field's name/type. `provides` copies the source field's `@provides`. `partial: true` means the field is `@external` there: only resolvable through a parent field's `provides`."
        directive @fusion__field(schema: fusion__Schema!, sourceName: String, sourceType: String, provides: fusion__FieldSelectionSet, partial: Boolean! = false) repeatable on FIELD_DEFINITION

        "The input field or argument exists in this source schema (with `sourceType` when the type differs)."
        directive @fusion__inputField(schema: fusion__Schema!, sourceType: String) repeatable on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION

        directive @fusion__enumValue(schema: fusion__Schema!) repeatable on ENUM_VALUE

        directive @fusion__implements(schema: fusion__Schema!, interface: String!) repeatable on OBJECT | INTERFACE

        directive @fusion__unionMember(schema: fusion__Schema!, member: String!) repeatable on UNION

        "An entity of this type can be fetched from `schema` with the lookup field `field` (`@lookup` in that source schema). `key` is the selection the gateway must already have on the entity; `map` gives, per lookup argument in order, the FieldSelectionMap that computes the argument from the entity (from `@is`, else the argument name). `path` is null for a lookup on the source schema's Query type, else the path to the nested lookup field. `internal` lookups (`@internal`) are for entity resolution only and never exposed to clients."
        directive @fusion__lookup(schema: fusion__Schema!, key: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap!]!, path: fusion__FieldSelectionPath, internal: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION

        "In `schema`, this field has arguments marked `@require`: `field` is the source field's definition; `requirements` is the selection the gateway must fetch (possibly from other schemas) on the parent first; `map` gives, per source argument in order, the `@require` FieldSelectionMap, or null for an argument the client passes."
        directive @fusion__requires(schema: fusion__Schema!, requirements: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap]!) repeatable on FIELD_DEFINITION

        "Hidden from clients (`@inaccessible` in a source schema), kept for planning."
        directive @fusion__inaccessible on OBJECT | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION | FIELD_DEFINITION | SCALAR
        """;
}
