using System.Text;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>
/// Legacy Word and RTF files through a real inbox and index: read through the machine's LibreOffice with their page
/// numbers; without it, failures that say what to install, read once it appears; and a converter that hangs, crashes or
/// writes garbage (stand-in scripts given as the tool through <see cref="IngestionOptions.ToolSearchPath"/>).
/// </summary>
public sealed class ConvertedFormatsIngestionTests : IDisposable
{
    private const string BudgetPdf = "raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf";

    private static readonly byte[] Rtf = Encoding.ASCII.GetBytes(@"{\rtf1\ansi Udsatter\'e5det om v\'e6resteder og herberg\par}");

    private readonly ArchiveHarness _archive = new();
    private readonly TempDirectory _tools = new();

    public void Dispose()
    {
        _archive.Dispose();
        _tools.Dispose();
    }

    [LibreOfficeTheory]
    [InlineData("pilotprojekt", "doc", "progressionsmåling", 3, 3)]
    [InlineData("pilotprojekt", "rtf", "progressionsmåling", 3, 3)]
    [InlineData("backstage", "doc", "frygter", 2, 2)]
    [InlineData("backstage", "rtf", "frygter", 2, 2)]
    public async Task Ingest_SeedSavedByLibreOffice_IsFoundOnThePageItIsPrintedOn(string seed, string extension, string word, int page, int pages)
    {
        _archive.WriteBytes($"gamle/{seed}.{extension}", LibreOffice.Saved(seed, extension));

        var outcomes = await _archive.SyncAsync(TimeSpan.FromMinutes(3));

        var outcome = Assert.Single(outcomes);
        Assert.True(outcome.Status == FileStatus.Indexed, $"{outcome.Reason}: {outcome.Message}");
        var document = Assert.Single(_archive.Search(word));
        Assert.Equal(pages, document.Pages.Count);
        Assert.Equal([page], ArchiveHarness.PagesMentioning(document, word));
    }

    [Fact]
    public async Task Ingest_WithoutLibreOffice_FailsNamingThePackageAndIsReadOnceItAppears()
    {
        var path = _archive.WriteBytes("breve/udtalelse.rtf", Rtf);
        var written = File.GetLastWriteTimeUtc(path);
        _archive.Open(options => options.ToolSearchPath = _tools.Path);

        await _archive.SyncAsync();
        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal(FailureReason.NeedsConverter, failure.Reason);
        Assert.Equal("needs-converter", failure.ReasonName);
        Assert.Contains("apt-get install libreoffice-writer-nogui", failure.Message, StringComparison.Ordinal);

        FakeConverter("cp '" + TestData.BundledCorpusFile(BudgetPdf) + "' \"$out/document.pdf\"");
        var outcomes = await _archive.SyncAsync();

        Assert.Equal(FileStatus.Indexed, Assert.Single(outcomes).Status);
        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Single(_archive.Search("udsatteområdet"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task Ingest_WithoutLibreOffice_LaterScansDoNotReadTheFileAgain()
    {
        _archive.WriteBytes("breve/udtalelse.rtf", Rtf);
        _archive.Open(options => options.ToolSearchPath = _tools.Path);
        await _archive.SyncAsync();

        var again = await _archive.SyncAsync();

        Assert.Empty(again);
    }

    [Fact]
    public async Task Ingest_ConverterThatHangs_TimesOutAndIsKilledWhileOtherFilesAreRead()
    {
        var pid = _tools.Combine("converter.pid");
        FakeConverter($"echo $$ > '{pid}'\nexec sleep 300");
        _archive.WriteBytes("breve/udtalelse.rtf", Rtf);
        _archive.Write("breve/notat.txt", "Notat om herberg og bostøtte");
        _archive.Open(options =>
        {
            options.ToolSearchPath = _tools.Path;
            options.ExtractionTimeout = TimeSpan.FromSeconds(3);
        });

        await _archive.SyncAsync();

        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal(("breve/udtalelse.rtf", FailureReason.TimedOut), (failure.Path, failure.Reason));
        Assert.Single(_archive.Search("bostøtte"));
        var converter = int.Parse(File.ReadAllText(pid).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await Eventually.WaitUntilAsync(() => Task.FromResult(!ShellScripts.IsRunning(converter)), TimeSpan.FromSeconds(10)), "the converter still runs");
    }

    [Theory]
    [InlineData("echo 'Segmentation fault' >&2\nexit 1", "LibreOffice could not convert the RTF document: LibreOffice exited with code 1: Segmentation fault")]
    [InlineData("echo 'Error: source file could not be loaded' >&2", "LibreOffice could not convert the RTF document: Error: source file could not be loaded")]
    [InlineData("head -c 4096 /dev/urandom > \"$out/document.pdf\"", "the PDF LibreOffice made of the RTF document could not be read")]
    public async Task Ingest_ConverterThatCrashesOrWritesGarbage_IsCorruptWithWhatWentWrong(string converter, string message)
    {
        FakeConverter(converter);
        _archive.WriteBytes("breve/udtalelse.rtf", Rtf);
        _archive.Open(options => options.ToolSearchPath = _tools.Path);

        await _archive.SyncAsync();

        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal(FailureReason.Corrupt, failure.Reason);
        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Conversion_RunsInATemporaryFolderThatIsRemovedAfterwards()
    {
        var folder = _tools.Combine("folder.txt");
        FakeConverter($"pwd > '{folder}'\ncp '{TestData.BundledCorpusFile(BudgetPdf)}' \"$out/document.pdf\"");
        _archive.WriteBytes("breve/udtalelse.rtf", Rtf);
        _archive.Open(options => options.ToolSearchPath = _tools.Path);

        await _archive.SyncAsync();

        var work = File.ReadAllText(folder).Trim();
        Assert.Single(_archive.Search("udsatteområdet"));
        Assert.StartsWith(Path.GetFullPath(Path.GetTempPath()).TrimEnd('/'), work, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work), "the conversion's folder was left behind");
    }

    /// <summary>A stand-in soffice: <paramref name="body"/> runs with <c>$out</c> set to the folder given after --outdir.</summary>
    private void FakeConverter(string body) =>
        ShellScripts.Write(_tools.Path, "soffice", "out=''; previous=''\nfor argument in \"$@\"; do [ \"$previous\" = --outdir ] && out=\"$argument\"; previous=\"$argument\"; done\n" + body);
}
