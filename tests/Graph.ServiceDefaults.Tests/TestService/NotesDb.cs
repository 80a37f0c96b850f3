using Graph.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Graph.ServiceDefaults.Tests.TestService;

/// <summary>The test service's database: one table from two embedded migrations, plus the outbox and inbox.</summary>
public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(b =>
        {
            b.ToTable("notes");
            b.HasKey(n => n.Id).HasName("pk_notes");
            b.Property(n => n.Id).HasColumnName("id");
            b.Property(n => n.Text).HasColumnName("text");
            b.Property(n => n.Author).HasColumnName("author");
        });
        modelBuilder.AddOutbox().AddInbox();
    }
}

public sealed class Note
{
    public Guid Id { get; set; }

    public required string Text { get; set; }

    public string? Author { get; set; }
}
