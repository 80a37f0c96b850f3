using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.ServiceDefaults.Tests.TestService;

/// <summary>Idempotent demo data: one well-known note.</summary>
public sealed class NotesDemoData : IDatabaseSeeder<NotesDb>
{
    public static readonly Guid WelcomeNoteId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public async Task SeedAsync(NotesDb db, CancellationToken cancellationToken)
    {
        if (!await db.Notes.AnyAsync(n => n.Id == WelcomeNoteId, cancellationToken))
        {
            db.Notes.Add(new Note { Id = WelcomeNoteId, Text = "Welcome", Author = "seed" });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
