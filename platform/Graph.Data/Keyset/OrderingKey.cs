using System.Linq.Expressions;

namespace Graph.Data;

/// <summary>One key of a query's ordering: its selector (<c>p =&gt; p.CreatedAt</c>) and direction.</summary>
internal sealed record OrderingKey(LambdaExpression Selector, bool Descending)
{
    public Type Type => Selector.ReturnType;

    /// <summary>
    /// Whether the key can be null in the database: by its CLR type, unless the EF Core model says the column is
    /// required (a <c>string</c> property without <c>?</c>, which reflection on the expression cannot see).
    /// </summary>
    public bool CanBeNull { get; init; } = !Selector.ReturnType.IsValueType || Nullable.GetUnderlyingType(Selector.ReturnType) is not null;

    /// <summary>The key's expression over <paramref name="parameter"/> instead of the selector's own parameter.</summary>
    public Expression BodyOver(ParameterExpression parameter) =>
        ParameterReplacer.Replace(Selector.Body, Selector.Parameters[0], parameter);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
            ReferenceEquals(from, to) ? body : new ParameterReplacer(from, to).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
