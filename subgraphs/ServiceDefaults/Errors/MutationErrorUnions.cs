using System.Text;
using Graph.AspNetCore;
using Graph.Types;

namespace Graph.ServiceDefaults.Errors;

/// <summary>
/// One mutation's error union (HotChocolate's mutation conventions): <c>union Name = Members</c>. The unions are
/// declared in SDL because the shared <see cref="ValidationError"/>/<see cref="NotFoundError"/> records live in this
/// assembly and cannot implement a service's <c>[UnionType]</c> interface; a payload's <c>errors</c> field names its
/// union with <c>[GraphQLType]</c>.
/// </summary>
/// <param name="Name">The union's name, e.g. <c>CheckoutError</c>.</param>
/// <param name="Mutations">The mutation(s) returning it, as they appear in the description (<c>checkout</c>).</param>
/// <param name="Members">The error types it can hold.</param>
public sealed record MutationErrorUnion(string Name, string Mutations, IReadOnlyList<string> Members)
{
    /// <summary>The union's description; by default "The errors `mutation` can return.".</summary>
    public string? Description { get; init; }

    internal string Sdl => new StringBuilder()
        .Append('"').Append(Description ?? $"The errors `{Mutations}` can return.").Append("\"\n")
        .Append("union ").Append(Name).Append(" = ").AppendJoin(" | ", Members).Append("\n\n")
        .ToString();
}

public static class MutationErrorUnionServerBuilderExtensions
{
    private static readonly Type[] SharedErrors = [typeof(ValidationError), typeof(NotFoundError)];

    /// <summary>
    /// Declares <paramref name="unions"/> and registers the <c>Error</c> interface and the shared error records they
    /// name (types of another assembly are not discovered by <c>AddTypes</c>).
    /// </summary>
    public static GraphQLServerBuilder AddMutationErrorUnions(this GraphQLServerBuilder builder, IReadOnlyList<MutationErrorUnion> unions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(unions);
        return builder.ConfigureSchema(schema =>
        {
            schema.AddSdl(string.Concat(unions.Select(u => u.Sdl)));
            // Called statically: SchemaBuilder has an instance AddType<T> of its own.
            CodeFirstSchemaBuilderExtensions.AddType(schema, typeof(IError));
            foreach (var shared in SharedErrors.Where(t => unions.Any(u => u.Members.Contains(t.Name))))
            {
                CodeFirstSchemaBuilderExtensions.AddType(schema, shared);
            }
        });
    }
}
