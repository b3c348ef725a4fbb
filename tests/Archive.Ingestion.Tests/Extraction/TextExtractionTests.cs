using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>
/// The guard around every extractor: time limit, unexpected exceptions and documents without text.
/// The stand-in extractors here exercise the guard itself; real files are covered by the extractor tests.
/// </summary>
public sealed class TextExtractionTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Udsatterådet i Svendborg");

    [Fact]
    public async Task ExtractAsync_ExtractorThatNeverEnds_TimesOutAndIsAskedToStop()
    {
        var hanging = new HangingExtractor();
        var extraction = new TextExtraction([hanging], new ExtractionLimits(TimeSpan.FromMilliseconds(300)));

        var outcome = await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None);

        Assert.Equal(FailureReason.TimedOut, outcome.FailureReason);
        Assert.True(hanging.Stopped.Wait(TimeSpan.FromSeconds(5)), "the extractor's token was not cancelled");
    }

    [Fact]
    public async Task ExtractAsync_AfterAnExtractorIgnoredItsTimeLimit_TheNextFileIsReadAtOnce()
    {
        using var stuck = new StuckOnceExtractor();
        var extraction = new TextExtraction([stuck], new ExtractionLimits(TimeSpan.FromMilliseconds(300)));

        var first = await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None);
        var second = await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None);

        Assert.Equal(FailureReason.TimedOut, first.FailureReason);
        Assert.True(second.Succeeded, second.Message);
        stuck.Release();
    }

    [Fact]
    public async Task ExtractAsync_OneFileAfterAnother_ReusesTheExtractionThread()
    {
        var recording = new ThreadRecordingExtractor();
        var extraction = new TextExtraction([recording], ExtractionLimits.Default);

        for (var i = 0; i < 5; i++)
        {
            Assert.True((await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None)).Succeeded);
        }

        Assert.Single(recording.Threads.Distinct());
    }

    [Fact]
    public async Task ExtractAsync_UnexpectedException_IsCorruptWithTheMessage()
    {
        var extraction = new TextExtraction([new ThrowingExtractor()], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None);

        Assert.Equal(FailureReason.Corrupt, outcome.FailureReason);
        Assert.Contains("font table broken", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_DeepRecursion_HasALargeStack()
    {
        // A stack far deeper than the 1 MB of a thread-pool thread would allow.
        var extraction = new TextExtraction([new RecursingExtractor(depth: 200_000)], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Text, "brev.txt", CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Message);
    }

    [Fact]
    public async Task ExtractAsync_TextWithoutLetters_IsEmpty()
    {
        var extraction = new TextExtraction([new PlainTextExtractor()], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Encoding.UTF8.GetBytes(" \n\t \n"), "tom.txt", CancellationToken.None);

        Assert.Equal(FailureReason.Empty, outcome.FailureReason);
    }

    [SharedFact]
    public async Task ExtractAsync_ScannedPdfWithoutOcr_NeedsOcr()
    {
        var extraction = new TextExtraction([new PdfTextExtractor()], ExtractionLimits.Default);
        var path = TestData.RequireShared("testfiles", "pdf", "testOCR.pdf");

        var outcome = await extraction.ExtractAsync(await File.ReadAllBytesAsync(path), path, CancellationToken.None);

        Assert.Equal(FailureReason.NeedsOcr, outcome.FailureReason);
        Assert.Contains("OCR", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_FormatWithoutExtractor_IsUnsupported()
    {
        var extraction = new TextExtraction([new PlainTextExtractor()], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Encoding.ASCII.GetBytes("%PDF-1.4\n"), "x.pdf", CancellationToken.None);

        Assert.Equal(FailureReason.UnsupportedFormat, outcome.FailureReason);
    }

    private sealed class HangingExtractor : ITextExtractor
    {
        public ManualResetEventSlim Stopped { get; } = new();

        public FileFormat Format => FileFormat.PlainText;

        public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            Stopped.Set();
            cancellationToken.ThrowIfCancellationRequested();
            return new ExtractedText(["too late"]);
        }
    }

    /// <summary>Blocks its first call, deaf to cancellation (as a library call can be), until released.</summary>
    private sealed class StuckOnceExtractor : ITextExtractor, IDisposable
    {
        private readonly ManualResetEventSlim _released = new();
        private int _calls;

        public FileFormat Format => FileFormat.PlainText;

        public void Release() => _released.Set();

        public void Dispose() => _released.Dispose();

        public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                _released.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
            }

            return new ExtractedText(["Udsatterådet i Svendborg"]);
        }
    }

    private sealed class ThreadRecordingExtractor : ITextExtractor
    {
        public System.Collections.Concurrent.ConcurrentQueue<int> Threads { get; } = new();

        public FileFormat Format => FileFormat.PlainText;

        public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
        {
            Threads.Enqueue(Environment.CurrentManagedThreadId);
            return new ExtractedText(["Udsatterådet i Svendborg"]);
        }
    }

    private sealed class ThrowingExtractor : ITextExtractor
    {
        public FileFormat Format => FileFormat.PlainText;

        public ExtractedText Extract(byte[] content, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("font table broken");
    }

    private sealed class RecursingExtractor(int depth) : ITextExtractor
    {
        public FileFormat Format => FileFormat.PlainText;

        public ExtractedText Extract(byte[] content, CancellationToken cancellationToken) => new([Descend(depth).ToString()]);

        private static long Descend(int remaining) => remaining == 0 ? 0 : 1 + Descend(remaining - 1);
    }
}
