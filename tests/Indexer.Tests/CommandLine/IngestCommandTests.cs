using Archive.Indexer.CommandLine;
using Archive.Ingestion;
using Archive.Lucene;
using Lucene.Net.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Indexer.Tests.CommandLine;

/// <summary>The one-shot command over the bundled corpus and bad folders: exit codes, summary and failure list.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();

    /// <summary>A copy of the bundled corpus, so that files a user adds to corpus/ never change what the tests see.</summary>
    private string Corpus => TestData.CopyBundledCorpus(_temp.Combine("corpus"));

    [Fact]
    public async Task Run_Corpus_IndexesEverythingAndPrintsTheSummary()
    {
        var (code, output, _) = await RunAsync("ingest", Corpus, "--index", _temp.Combine("index"), "--quiet");

        Assert.Equal(0, code);
        Assert.Matches(@"indexed\s+5 \(\d+ pages\)", output);
        Assert.Matches(@"failed\s+0", output);
        Assert.Matches(@"documents/s", output);

        var (_, again, _) = await RunAsync("ingest", Corpus, "--index", _temp.Combine("index"), "--quiet");
        Assert.Matches(@"indexed\s+0", again);
        Assert.Matches(@"unchanged\s+5", again);
    }

    [Fact]
    public async Task Run_FolderWithBadFiles_ExitsZeroAndListsEachFailureWithItsReason()
    {
        var inbox = _temp.Combine("inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "god.txt"), "Handicaprådet i Gentofte.");
        await File.WriteAllBytesAsync(Path.Combine(inbox, "tom.pdf"), []);
        await File.WriteAllTextAsync(Path.Combine(inbox, "falsk.docx"), "ikke et Word-dokument");
        foreach (var file in Directory.EnumerateFiles(inbox))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }

        var (code, output, _) = await RunAsync("ingest", inbox, "--index", _temp.Combine("index"));

        Assert.Equal(0, code);
        Assert.Matches(@"indexed\s+1", output);
        Assert.Matches(@"failed\s+2", output);
        Assert.Matches(@"tom\.pdf\s+empty\s+the file is empty", output);
        Assert.Matches(@"falsk\.docx\s+corrupt\s+not a Word document", output);
    }

    [Fact]
    public async Task Run_MissingFolder_ExitsOneWithAClearMessage()
    {
        var (code, _, errors) = await RunAsync("ingest", _temp.Combine("findes-ikke"), "--index", _temp.Combine("index"));

        Assert.Equal(1, code);
        Assert.Contains("does not exist", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_IndexHeldByAnotherProcess_ExitsOneWithAClearMessage()
    {
        var corpus = TestData.CopyBundledCorpus(_temp.Combine("corpus"));
        await using var holder = TestIngestion.Services(corpus, _temp.Combine("index"));
        holder.GetRequiredService<ArchiveIngestion>().Open();

        var (code, _, errors) = await RunAsync("ingest", corpus, "--index", _temp.Combine("index"));

        Assert.Equal(1, code);
        Assert.Contains("in use by another Archive process", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_IndexInsideTheInbox_IsRefused()
    {
        var inbox = _temp.Combine("inbox");
        Directory.CreateDirectory(inbox);

        var (code, _, errors) = await RunAsync("ingest", inbox, "--index", Path.Combine(inbox, "index"));

        Assert.Equal(1, code);
        Assert.Contains("lies inside the inbox", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnreadableIndex_ExitsOneAndSaysHowToRebuild()
    {
        var index = _temp.Combine("index");
        Directory.CreateDirectory(index);
        await File.WriteAllBytesAsync(Path.Combine(index, "segments_1"), [0x3f, 0xd7, 0x6c, 0x17, 1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(index, "segments.gen"), "ødelagt");

        var (code, _, errors) = await RunAsync("ingest", Corpus, "--index", index);

        Assert.Equal(1, code);
        Assert.Contains("Delete the folder to rebuild it", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "a", "b")]
    [InlineData("ingest", "corpus", "--index")]
    [InlineData("ingest", "corpus", "--fast")]
    public async Task Run_WrongArguments_ExitsTwoWithUsage(params string[] args)
    {
        var (code, _, errors) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public async Task Run_BadSetting_ExitsOneNamingTheKey(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:CommitBatchSize"] = value }).Build();

        var (code, _, errors) = await RunAsync(configuration, "ingest", Corpus, "--index", _temp.Combine("index"));

        Assert.Equal(1, code);
        Assert.Contains("Archive:CommitBatchSize", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("index")), "nothing is written with a setting refused");
    }

    [Fact]
    public async Task Run_CommittingEveryFile_EndsWithTheSmallSegmentsMerged()
    {
        // Forty-five files committed one at a time write forty-five one-document segments, of which Lucene's merge
        // policy (ten at a time) leaves nine; a search pays for each.
        var inbox = _temp.Combine("inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 0; i < 45; i++)
        {
            var file = Path.Combine(inbox, $"brev-{i:00}.txt");
            await File.WriteAllTextAsync(file, $"Handicaprådet i Gentofte, brev nummer {i} om hjælpemidler.");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:CommitBatchSize"] = "1" }).Build();
        var index = _temp.Combine("index");

        var (code, output, _) = await RunAsync(configuration, "ingest", inbox, "--index", index, "--quiet");

        Assert.Equal(0, code);
        Assert.Matches(@"indexed\s+45", output);
        using var directory = ArchiveLucene.OpenDirectory(index);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(45, reader.NumDocs);
        Assert.InRange(reader.Leaves.Count, 1, 3);
    }

    private Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) => RunAsync(_configuration, args);

    private static async Task<(int Code, string Output, string Errors)> RunAsync(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await IngestCommand.RunAsync(args[1..], configuration, output, errors, CancellationToken.None);
        return (code, output.ToString(), errors.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
