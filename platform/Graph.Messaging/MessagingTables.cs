using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Graph.Messaging;

/// <summary>The outbox's and inbox's table names as a service's model maps them, quoted for raw SQL.</summary>
internal static class MessagingTables
{
    /// <summary>The delimited (schema-qualified when mapped so) table of <typeparamref name="TEntity"/>; null when the model does not map it.</summary>
    public static string? Find<TEntity>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity));
        return entity is null ? null : db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }
}
