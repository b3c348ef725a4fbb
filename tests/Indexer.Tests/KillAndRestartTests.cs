using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Indexer.Tests;

/// <summary>
/// The one-shot command is killed (SIGKILL, no chance to clean up) in the middle of ingesting, several times,
/// then run to the end: every file must end up indexed exactly once.
/// </summary>
public sealed class KillAndRestartTests : IDisposable
{
    private const int FileCount = 300;
    private readonly TempDirectory _folder = new();

    private string InboxPath => _folder.Combine("inbox");

    private string IndexPath => _folder.Combine("index");

    [Fact]
    public async Task Ingest_KilledMidRunAndRestarted_IndexesEachFileExactlyOnce()
    {
        for (var i = 0; i < FileCount; i++)
        {
            var path = Path.Combine(InboxPath, $"mappe-{i % 7}", $"dokument-{i:D4}.txt");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"Referat nummer {i} fra Socialudvalget. Særligt ord: kodeord{i}x. " + new string('x', i % 50));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
        }

        var partialCounts = await KillThriceThenFinishAsync();

        // The kills really happened part-way: something was committed, not everything.
        Assert.Contains(partialCounts, count => count is > 0 and < FileCount);
        var documents = CommittedIndex.Documents(IndexPath);
        Assert.Equal(FileCount, documents.Count);
        Assert.Equal(FileCount, documents.SelectMany(document => document.Files).Select(file => file.Path).Distinct().Count());
        Assert.Equal(FileCount, documents.Select(document => document.Id).Distinct().Count());
        Assert.Single(CommittedIndex.Search(IndexPath, "kodeord123x"));
    }

    [Fact]
    public async Task Ingest_MessagesKilledMidRunAndRestarted_GiveEachMessageAndAttachmentExactlyOnce()
    {
        const int messages = 100;
        for (var i = 0; i < messages; i++)
        {
            var path = Path.Combine(InboxPath, $"post-{i % 7}", $"svar-{i:D4}.eml");
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, EmailBuilder.Create()
                .Subject($"Høringssvar nummer {i}")
                .Text($"Svar nummer {i} fra Udsatterådet. Særligt ord: besked{i}x.")
                .Attach("bilag-a.txt", System.Text.Encoding.UTF8.GetBytes($"Første bilag til svar {i}: bilag{i}a."))
                .Attach("bilag-b.txt", System.Text.Encoding.UTF8.GetBytes($"Andet bilag til svar {i}: bilag{i}b."))
                .Build());
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
        }

        var partialCounts = await KillThriceThenFinishAsync();

        // A message and its attachments are committed together, never one without the others.
        Assert.Contains(partialCounts, count => count is > 0 and < messages * 3);
        Assert.All(partialCounts, count => Assert.Equal(0, count % 3));
        var documents = CommittedIndex.Documents(IndexPath);
        Assert.Equal(messages * 3, documents.Count);
        Assert.Equal(messages * 3, documents.Select(document => document.Id).Distinct().Count());
        var messageIds = documents.Where(document => document.PartOf is null).Select(document => document.Id).ToHashSet();
        Assert.Equal(messages, messageIds.Count);
        Assert.All(documents.Where(document => document.PartOf is not null), attachment => Assert.Contains(attachment.PartOf!, messageIds));
        Assert.Single(CommittedIndex.Search(IndexPath, "bilag57b"));
    }

    /// <summary>Starts the one-shot ingest and kills it three times once it has committed more, then runs it to the end; returns what each killed run had committed.</summary>
    private async Task<List<int>> KillThriceThenFinishAsync()
    {
        var partialCounts = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var run = StartIngest();
            var committed = await WaitForMoreCommittedDocumentsThanAsync(partialCounts.LastOrDefault(), run);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
            partialCounts.Add(committed);
        }

        using var final = StartIngest();
        var output = await final.StandardOutput.ReadToEndAsync();
        await final.WaitForExitAsync();
        Assert.True(final.ExitCode == 0, $"ingest exited with {final.ExitCode}: {output} {await final.StandardError.ReadToEndAsync()}");
        return partialCounts;
    }

    private Process StartIngest()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { TestData.IndexerProgram, "ingest", InboxPath, "--index", IndexPath, "--quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Small batches and one thread: many commits, so a kill lands between and during them.
        start.Environment["Archive__CommitBatchSize"] = "7";
        start.Environment["Archive__MaxParallelism"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the indexer");
    }

    private async Task<int> WaitForMoreCommittedDocumentsThanAsync(int previous, Process run)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var count = CommittedDocuments();
            if (count > previous || run.HasExited)
            {
                return count;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("the indexer committed nothing within 60 s");
    }

    private int CommittedDocuments()
    {
        try
        {
            using var directory = FSDirectory.Open(IndexPath);
            if (!DirectoryReader.IndexExists(directory))
            {
                return 0;
            }

            using var reader = DirectoryReader.Open(directory);
            return reader.NumDocs;
        }
        catch (IOException)
        {
            // A commit was being written at that instant; look again.
            return 0;
        }
    }

    public void Dispose() => _folder.Dispose();
}
