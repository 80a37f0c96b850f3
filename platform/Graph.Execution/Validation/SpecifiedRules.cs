namespace Graph.Execution.Validation;

/// <summary>
/// Every validation rule of spec section 5, in the order the specification lists them. A
/// <see cref="DocumentValidator"/> creates one instance of each per validation run.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        // 5.1 Documents
        () => new ExecutableDefinitionsRule(),                  // 5.1.1

        // 5.2 Operations
        () => new OperationTypeExistenceRule(),                 // 5.2.1.1
        () => new OperationNameUniquenessRule(),                // 5.2.2.1
        () => new LoneAnonymousOperationRule(),                 // 5.2.3.1
        () => new SingleRootFieldRule(),                        // 5.2.4.1

        // 5.3 Fields
        () => new FieldSelectionsRule(),                        // 5.3.1
        () => new FieldSelectionMergingRule(),                  // 5.3.2
        () => new LeafFieldSelectionsRule(),                    // 5.3.3

        // 5.4 Arguments
        () => new ArgumentNamesRule(),                          // 5.4.1
        () => new ArgumentUniquenessRule(),                     // 5.4.2
        () => new RequiredArgumentsRule(),                      // 5.4.3

        // 5.5 Fragments
        () => new FragmentNameUniquenessRule(),                 // 5.5.1.1
        () => new FragmentSpreadTypeExistenceRule(),            // 5.5.1.2
        () => new FragmentsOnObjectInterfaceOrUnionTypesRule(), // 5.5.1.3
        () => new FragmentsMustBeUsedRule(),                    // 5.5.1.4
        () => new FragmentSpreadTargetDefinedRule(),            // 5.5.2.1
        () => new FragmentSpreadsMustNotFormCyclesRule(),       // 5.5.2.2
        () => new FragmentSpreadIsPossibleRule(),               // 5.5.2.3

        // 5.6 Values
        () => new ValuesOfCorrectTypeRule(),                    // 5.6.1
        () => new InputObjectFieldNamesRule(),                  // 5.6.2
        () => new InputObjectFieldUniquenessRule(),             // 5.6.3
        () => new InputObjectRequiredFieldsRule(),              // 5.6.4

        // 5.7 Directives
        () => new DirectivesAreDefinedRule(),                   // 5.7.1
        () => new DirectivesAreInValidLocationsRule(),          // 5.7.2
        () => new DirectivesAreUniquePerLocationRule(),         // 5.7.3

        // 5.8 Variables
        () => new VariableUniquenessRule(),                     // 5.8.1
        () => new VariablesAreInputTypesRule(),                 // 5.8.2
        () => new AllVariableUsesDefinedRule(),                 // 5.8.3
        () => new AllVariablesUsedRule(),                       // 5.8.4
        () => new AllVariableUsagesAreAllowedRule(),            // 5.8.5
    ];
}
