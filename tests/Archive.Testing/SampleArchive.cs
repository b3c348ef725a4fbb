using System.Text.Json;

namespace Archive.Testing;

/// <summary>
/// An inbox for the API's tests: the bundled corpus and a few council texts whose metadata is fixed by sidecars
/// (so facets, filters and dates can be asserted exactly); optionally 150 documents of the Danish council corpus
/// in ../shared with their source URLs, as an operator would ingest them.
/// </summary>
public static class SampleArchive
{
    /// <summary>How many documents of ../shared/corpus-dk are added.</summary>
    public const int CorpusDkDocuments = 150;

    /// <summary>The invented word the three Housing First texts share, and no other document.</summary>
    public const string HousingFirstMarker = "vestergaardmodellen";

    /// <summary>Dated documents that share the word "sideopdeling", for paging and sorting.</summary>
    public const int PagingDocuments = 30;

    public static void Create(string inbox, bool withCorpusDk = false)
    {
        TestData.CopyBundledCorpus(inbox);

        Write(inbox, "holbaek/notat-ledsagelse.txt",
            "Notat om ledsagelsesordningen\n\nHandicaprådet har drøftet ledsagelse efter serviceloven. Borgere med handicap skal have ret til ledsagelse til fritidsaktiviteter.",
            new { title = "Notat om ledsagelse; \"særlige\" ordninger", council = "Handicaprådet", municipality = "Holbæk Kommune", type = "Notat", date = "2019-03-04", topics = new[] { "Handicap" } });
        Write(inbox, "holbaek/referat-aeldreraad.txt",
            "Referat fra Ældrerådets møde\n\nRådet drøftede værdighed i ældreplejen og madordningen.\fSide to: ventetid på en plejehjemsplads og rådets anbefalinger.",
            new { council = "Ældrerådet", municipality = "Holbæk Kommune", type = "Referat", date = "2021-06-01", topics = new[] { "Ældre" } });
        Write(inbox, "odense/hoeringssvar-herberg.txt",
            "Høringssvar om herberg og Housing First\n\nUdsatterådet anbefaler Housing First frem for herberg. Hjemløse borgere skal tilbydes egen bolig med bostøtte. Vestergaardmodellen nævnes. Vi advarer mod <script>alert(1)</script> & lignende.",
            new { council = "Udsatterådet", municipality = "Odense Kommune", type = "Høringssvar", date = "2015-09-15", topics = new[] { "Hjemløshed og bolig" } });
        Write(inbox, "odense/udateret-housing-first.txt",
            "Housing First i praksis\n\nErfaringer med Housing First, bostøtte og egen bolig til hjemløse borgere i byen efter Vestergaardmodellen.",
            new { council = "Udsatterådet", municipality = "Odense Kommune", type = "Andet" });
        Write(inbox, "aarhus/hoeringssvar-housing-first.txt",
            "Høringssvar: Housing First og herberg\n\nUdsatterådet støtter Housing First. Hjemløse borgere skal have egen bolig og bostøtte frem for ophold på herberg, og misbrugsbehandling skal følge med, som i Vestergaardmodellen.",
            new { title = "=Housing First i Aarhus", council = "Udsatterådet", municipality = "Aarhus Kommune", type = "Høringssvar", date = "2018-01-10", topics = new[] { "Hjemløshed og bolig", "Misbrug og rusmidler" } });
        for (var i = 1; i <= PagingDocuments; i++)
        {
            Write(inbox, $"faxe/sideopdeling-{i:00}.txt",
                $"Sideopdeling nummer {i}\n\nEt referat om sideopdeling og budget, dokument {i} af {PagingDocuments}.",
                new { council = "Byrådet", municipality = "Faxe Kommune", type = "Referat", date = $"{2000 + i:0000}-05-01" });
        }

        if (withCorpusDk)
        {
            AddCorpusDk(inbox);
        }
    }

    public static void Write(string inbox, string relativePath, string text, object? sidecar = null)
    {
        var path = Path.Combine(inbox, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        if (sidecar is not null)
        {
            File.WriteAllText(path + ".json", JsonSerializer.Serialize(sidecar));
        }
    }

    private static void AddCorpusDk(string inbox)
    {
        var corpus = TestData.RequireShared("corpus-dk");
        foreach (var line in File.ReadLines(Path.Combine(corpus, "manifest.jsonl")).Take(CorpusDkDocuments))
        {
            using var entry = JsonDocument.Parse(line);
            var id = entry.RootElement.GetProperty("id").GetString()!;
            var url = entry.RootElement.GetProperty("url").GetString()!;
            Write(inbox, $"corpus-dk/{id}.txt", File.ReadAllText(Path.Combine(corpus, "docs", id + ".txt")), new { sourceUrl = url });
        }
    }
}

/// <summary>The sample archive, ingested once and shared by the tests of a class.</summary>
public sealed class SampleArchiveFixture() : ArchiveFixture(withCorpusDk: false);

/// <summary>The sample archive with part of the Danish council corpus (needs ../shared).</summary>
public sealed class CouncilCorpusFixture() : ArchiveFixture(withCorpusDk: TestData.SharedExists || TestData.IsCi);

public abstract class ArchiveFixture(bool withCorpusDk) : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();

    public ArchiveApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Create(inbox, withCorpusDk);
        App = new ArchiveApp(inbox, _folder.Combine("index"));
        await App.ReadyAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        App?.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
