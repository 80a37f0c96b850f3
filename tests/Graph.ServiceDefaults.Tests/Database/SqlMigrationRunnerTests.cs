using FluentAssertions;
using Graph.ServiceDefaults.Database;
using Graph.ServiceDefaults.Tests.TestService;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Database;

public sealed class SqlMigrationRunnerTests
{
    private static readonly IReadOnlyList<SqlMigration> Scripts = SqlMigrationCatalog.FromAssembly(typeof(NotesDb).Assembly);

    [Fact]
    public void Embedded_Scripts_Are_Found_In_Version_Order()
    {
        Scripts.Select(s => s.Id).Should().Equal("0001_create_notes", "0002_add_note_author");
    }

    [Fact]
    public async Task Apply_Should_Create_The_Missing_Database_And_Apply_Every_Script_In_Order()
    {
        await using var database = await MissingDatabase.CreateAsync();

        var applied = await new SqlMigrationRunner().ApplyAsync(database.ConnectionString, Scripts);

        applied.Select(m => m.Version).Should().Equal(1, 2);
        (await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'notes' AND column_name = 'author'")).Should().Be(1);
        (await database.ScalarAsync<string>("SELECT string_agg(version || ':' || name, ',' ORDER BY applied_at, version) FROM schema_migrations"))
            .Should().Be("1:create_notes,2:add_note_author");
    }

    [Fact]
    public async Task A_Second_Apply_Should_Apply_Nothing()
    {
        await using var database = await MissingDatabase.CreateAsync();
        var runner = new SqlMigrationRunner();
        await runner.ApplyAsync(database.ConnectionString, Scripts);

        var again = await runner.ApplyAsync(database.ConnectionString, Scripts);

        again.Should().BeEmpty();
        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(2);
    }

    [Fact]
    public async Task A_New_Script_Should_Be_Applied_After_The_Recorded_Ones()
    {
        await using var database = await MissingDatabase.CreateAsync();
        var runner = new SqlMigrationRunner();
        await runner.ApplyAsync(database.ConnectionString, Scripts.Take(1).ToList());

        var applied = await runner.ApplyAsync(database.ConnectionString, Scripts);

        applied.Select(m => m.Id).Should().Equal("0002_add_note_author");
    }

    [Fact]
    public async Task A_Changed_Applied_Script_Should_Stop_With_A_Message_Naming_It()
    {
        await using var database = await MissingDatabase.CreateAsync();
        var runner = new SqlMigrationRunner();
        await runner.ApplyAsync(database.ConnectionString, Scripts);
        var edited = Scripts.Select(s => s.Version == 1 ? s with { Sql = s.Sql + "\n-- edited" } : s).ToList();

        var apply = () => runner.ApplyAsync(database.ConnectionString, edited);

        (await apply.Should().ThrowAsync<SqlMigrationException>())
            .Which.Message.Should().Contain("0001_create_notes").And.Contain("was changed after it was applied").And.Contain(database.Name);
    }

    [Fact]
    public async Task A_Changed_Messaging_Script_Should_Run_Again_And_Be_Recorded_Anew()
    {
        await using var database = await MissingDatabase.CreateAsync();
        var runner = new SqlMigrationRunner();
        var previous = SqlMigration.Messaging with { Sql = "CREATE TABLE IF NOT EXISTS platform_owned (id int);" };
        await runner.ApplyAsync(database.ConnectionString, [previous, .. Scripts]);
        var current = previous with { Sql = previous.Sql + "\nCREATE INDEX IF NOT EXISTS ix_platform_owned ON platform_owned (id);" };

        var applied = await runner.ApplyAsync(database.ConnectionString, [current, .. Scripts]);

        applied.Select(m => m.Id).Should().Equal("0000_messaging");
        (await database.ScalarAsync<long>("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_platform_owned'")).Should().Be(1);
        (await database.ScalarAsync<string>("SELECT checksum FROM schema_migrations WHERE version = 0")).Should().Be(current.Checksum);
        (await runner.ApplyAsync(database.ConnectionString, [current, .. Scripts])).Should().BeEmpty("the new checksum is recorded");
        SqlMigration.Messaging.RerunWhenChanged.Should().BeTrue();
    }

    [Fact]
    public async Task A_Failing_Script_Should_Roll_Back_And_Name_The_Script()
    {
        await using var database = await MissingDatabase.CreateAsync();
        var broken = Scripts.Append(new SqlMigration(3, "broken", "CREATE TABLE half (id int); SELECT * FROM no_such_table;")).ToList();

        var apply = () => new SqlMigrationRunner().ApplyAsync(database.ConnectionString, broken);

        (await apply.Should().ThrowAsync<SqlMigrationException>()).Which.Message.Should().Contain("0003_broken").And.Contain("no_such_table");
        (await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half'")).Should().Be(0);
        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(2);
    }

    [Fact]
    public async Task Two_Runners_Starting_Together_Should_Apply_Each_Script_Once()
    {
        await using var database = await MissingDatabase.CreateAsync();

        // Both also race to create the database. 0001 is not idempotent: applying it twice would fail.
        var results = await Task.WhenAll(
            Task.Run(() => new SqlMigrationRunner().ApplyAsync(database.ConnectionString, Scripts)),
            Task.Run(() => new SqlMigrationRunner().ApplyAsync(database.ConnectionString, Scripts)));

        results.SelectMany(r => r).Select(m => m.Version).Should().BeEquivalentTo([1, 2]);
        (await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations")).Should().Be(2);
    }

    [Fact]
    public async Task A_Server_That_Never_Answers_Should_Stop_With_A_Message_Naming_It()
    {
        var runner = new SqlMigrationRunner { ServerWaitTimeout = TimeSpan.FromSeconds(1) };

        var apply = () => runner.ApplyAsync("Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres;Timeout=1", Scripts);

        (await apply.Should().ThrowAsync<SqlMigrationException>()).Which.Message.Should().StartWith("PostgreSQL at 127.0.0.1:1 did not answer within 1 s");
    }

    [Fact]
    public void Scripts_Sharing_A_Version_Should_Be_Refused()
    {
        var twins = new[] { new SqlMigration(1, "a", "SELECT 1"), new SqlMigration(1, "b", "SELECT 2") };

        var order = () => SqlMigrationCatalog.Ordered(twins, "the test");

        order.Should().Throw<SqlMigrationException>().WithMessage("*0001_a*0001_b*");
    }
}
