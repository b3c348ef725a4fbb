using System.Diagnostics;
using System.Globalization;
using Archive.Ingestion.Extraction.Email;
using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction.Ocr;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of any file: detects the format from the bytes, runs the matching extractor under a
/// time limit on its own thread, and turns every way of failing into a classified <see cref="ExtractionOutcome"/>.
/// Pages that are pictures of text are left waiting for OCR (<see cref="ExtractWithOcrAsync"/>), which runs beside
/// ingestion, not in its way.
/// </summary>
internal sealed class TextExtraction
{
    private readonly Dictionary<FileFormat, ITextExtractor> _extractors;
    private readonly ExtractionLimits _limits;
    private readonly ExtractionThreads _threads;
    private readonly OcrReader? _ocr;
    private readonly int _ocrMaxPages;

    /// <param name="extractors">One per format.</param>
    /// <param name="limits">Bounds on one file's extraction.</param>
    /// <param name="ocr">Reads pictures of pages; without it, such pages are read as if OCR were not installed.</param>
    /// <param name="ocrMaxPages">The most pages of one file OCR reads; a file with more is too large.</param>
    public TextExtraction(IEnumerable<ITextExtractor> extractors, ExtractionLimits limits, OcrReader? ocr = null, int ocrMaxPages = int.MaxValue)
    {
        _extractors = extractors.ToDictionary(extractor => extractor.Format);
        _limits = limits;
        _threads = new ExtractionThreads(limits.ThreadStackBytes);
        _ocr = ocr;
        _ocrMaxPages = ocrMaxPages;
    }

    /// <summary>Null when OCR can run; otherwise what is missing, to install.</summary>
    public string? OcrMissing => _ocr is null ? $"OCR is not set up: {TesseractOcr.InstallHint}" : _ocr.Missing;

    /// <summary>
    /// The text of a file, and for an e-mail the text of each attachment it carries. The time limit and the bounds on
    /// text hold for the file as a whole, attachments included.
    /// </summary>
    public async Task<ExtractionOutcome> ExtractAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return await ExtractAsync(content, fileName, new FileReading(_limits.Timeout), depth: 0, cancellationToken);
        }
        catch (ExtractionFailedException refusal)
        {
            // A bound on the file as a whole (attachments, nesting, text) that one of its attachments crossed.
            return ExtractionOutcome.Failure(refusal.Reason, refusal.Message, FileFormat.Email);
        }
    }

    private async Task<ExtractionOutcome> ExtractAsync(byte[] content, string fileName, FileReading reading, int depth, CancellationToken cancellationToken)
    {
        var detection = FormatDetector.Detect(content, fileName);
        if (detection.Format is not { } format)
        {
            return ExtractionOutcome.Failure(detection.Reason ?? FailureReason.UnsupportedFormat, detection.Description);
        }

        if (!_extractors.TryGetValue(format, out var extractor))
        {
            return ExtractionOutcome.Failure(FailureReason.UnsupportedFormat, $"no extractor is configured for {detection.Description}", format);
        }

        var outcome = WithoutPersonalData(Bounded(await RunWithLimitsAsync(extractor, content, reading.TimeLeft, cancellationToken)));
        if (outcome.Text is { AwaitsOcr: true } scanned)
        {
            return ScanOutcome(outcome, scanned, format);
        }

        if (outcome.Text is { } text && !text.HasText)
        {
            return format == FileFormat.Pdf
                ? ExtractionOutcome.Failure(FailureReason.NoTextLayer, $"the PDF has {text.Pages.Count} page(s) but no text layer (a scan or images only); run OCR on it and add it again", format)
                : ExtractionOutcome.Failure(FailureReason.Empty, "the document contains no text", format);
        }

        if (outcome.Text is { } read)
        {
            reading.Add(read.Pages.Sum(page => (long)page.Length));
            if (read.Carried.Count > 0)
            {
                return ExtractionOutcome.Success(format, await WithAttachmentsAsync(read, reading, depth, cancellationToken));
            }
        }

        return outcome;
    }

    /// <summary>
    /// Reads each file a message carries as a file of its own (a message attached to a message in turn), within the
    /// bounds of the whole file. An attachment that cannot be read is left out and named in <see cref="ExtractedText.AttachmentProblems"/>.
    /// </summary>
    private async Task<ExtractedText> WithAttachmentsAsync(ExtractedText message, FileReading reading, int depth, CancellationToken cancellationToken)
    {
        if (depth >= ExtractionLimits.MaxMessageDepth)
        {
            throw new ExtractionFailedException(FailureReason.TooLarge, $"the e-mail message nests attached messages more than {ExtractionLimits.MaxMessageDepth} deep");
        }

        var attachments = new List<ExtractedAttachment>();
        var problems = new List<string>();
        foreach (var file in message.Carried)
        {
            reading.CountAttachment();
            if (file.Content.LongLength > _limits.MaxAttachmentBytes)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file.FileName}: too-large: the attachment is larger than {_limits.MaxAttachmentBytes:N0} bytes"));
                continue;
            }

            var outcome = await ExtractAsync(file.Content, file.FileName, reading, depth + 1, cancellationToken);
            if (outcome is { Text: { } text, Format: { } format })
            {
                attachments.Add(new ExtractedAttachment(file.Number, file.FileName, ContentHash.Of(file.Content), format, text));
                problems.AddRange(text.AttachmentProblems.Select(problem => $"{file.FileName} → {problem}"));
            }
            else
            {
                problems.Add($"{file.FileName}: {FailureNames.Of(outcome.FailureReason ?? FailureReason.Corrupt)}: {outcome.Message}");
            }
        }

        return message with { Carried = [], Attachments = attachments, AttachmentProblems = problems };
    }

    /// <summary>
    /// Extracts the file and then reads its pictures of pages by OCR (the slow part, minutes for a long scan): what
    /// the OCR queue runs for a document that <see cref="ExtractAsync"/> left waiting.
    /// </summary>
    public async Task<ExtractionOutcome> ExtractWithOcrAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var outcome = await ExtractAsync(content, fileName, cancellationToken);
        if (outcome.Text is not { AwaitsOcr: true } text || outcome.Format is not { } format)
        {
            return outcome;
        }

        if (_ocr is null)
        {
            return ExtractionOutcome.Failure(FailureReason.NeedsOcr, OcrMissing!, format);
        }

        var read = await _ocr.ReadAsync(content, format, text, cancellationToken);
        return WithoutPersonalData(Bounded(read));
    }

    /// <summary>
    /// A file with pictures of pages: queued for OCR with the text it has. Without OCR installed, a file of pictures
    /// alone fails as needs-ocr (a rescan reads it once OCR is installed); one with a text layer on other pages is
    /// indexed with that text and waits in the queue.
    /// </summary>
    private ExtractionOutcome ScanOutcome(ExtractionOutcome outcome, ExtractedText text, FileFormat format)
    {
        if (text.ImagePages.Count > _ocrMaxPages)
        {
            return ExtractionOutcome.Failure(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{text.ImagePages.Count:N0} pages are pictures to read by OCR; at most {_ocrMaxPages:N0} are read of one file (Archive:OcrMaxPages)"), format);
        }

        if (!text.HasText && OcrMissing is { } missing)
        {
            var what = format == FileFormat.Pdf ? $"the PDF's {text.Pages.Count} page(s) are pictures without a text layer" : "the file is a picture of text";
            return ExtractionOutcome.Failure(FailureReason.NeedsOcr, $"{what}; {missing}", format);
        }

        return outcome;
    }

    /// <summary>
    /// Holds every document to the same bounds, whatever its format: at most <see cref="ExtractionLimits.MaxDocumentCharacters"/>
    /// and <see cref="ExtractionLimits.MaxPages"/>, and pages no longer than <see cref="ExtractionLimits.MaxPageCharacters"/>:
    /// a PDF's pages are real and one that long is refused; other formats' pages are cut at line ends.
    /// </summary>
    private static ExtractionOutcome Bounded(ExtractionOutcome outcome)
    {
        if (outcome.Text is not { } text || outcome.Format is not { } format)
        {
            return outcome;
        }

        if (text.Pages.Sum(page => (long)page.Length) > ExtractionLimits.MaxDocumentCharacters)
        {
            var tooMuch = ExtractionLimits.TooMuchText("the file");
            return ExtractionOutcome.Failure(tooMuch.Reason, tooMuch.Message, format);
        }

        if (text.Pages.All(page => page.Length <= ExtractionLimits.MaxPageCharacters))
        {
            return text.Pages.Count <= ExtractionLimits.MaxPages ? outcome : TooManyPages(text.Pages.Count, format);
        }

        if (format == FileFormat.Pdf)
        {
            return ExtractionOutcome.Failure(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"a page of the PDF holds more than {ExtractionLimits.MaxPageCharacters:N0} characters, more than any real page"), format);
        }

        var pages = text.Pages.SelectMany(PageCutter.Cut).ToList();
        return pages.Count <= ExtractionLimits.MaxPages
            ? ExtractionOutcome.Success(format, text with { Pages = pages })
            : TooManyPages(pages.Count, format);
    }

    /// <summary>
    /// Masks CPR numbers (always) and citizens' e-mail addresses and phone numbers (unless turned off) in the text and
    /// the titles, before anything downstream sees them.
    /// </summary>
    private ExtractionOutcome WithoutPersonalData(ExtractionOutcome outcome)
    {
        if (outcome.Text is not { } text || outcome.Format is not { } format)
        {
            return outcome;
        }

        string Mask(string value) => _limits.MaskPrivateContacts ? PrivateContacts.MaskIn(CprNumbers.MaskIn(value)) : CprNumbers.MaskIn(value);
        var email = text.Email is { } headers
            ? headers with { Sender = headers.Sender is null ? null : Mask(headers.Sender), Recipients = [.. headers.Recipients.Select(Mask)] }
            : null;
        return ExtractionOutcome.Success(format, text with { Pages = [.. text.Pages.Select(Mask)], EmbeddedTitle = text.EmbeddedTitle is null ? null : Mask(text.EmbeddedTitle), MarkedTitle = text.MarkedTitle is null ? null : text.MarkedTitle with { Text = Mask(text.MarkedTitle.Text) }, Email = email });
    }

    private static ExtractionOutcome TooManyPages(int pages, FileFormat format) =>
        ExtractionOutcome.Failure(FailureReason.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the file has {pages:N0} pages; at most {ExtractionLimits.MaxPages:N0} can be indexed as one document"), format);

    /// <summary>
    /// Runs the extractor on an extraction thread with a large stack. A library call cannot be aborted in .NET,
    /// so on time-out the extractor is asked to stop through its token and the file is reported as timed out;
    /// the thread goes back to its pool when the call ends on its own.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any library exception on a hostile file is classified as corrupt, never allowed to stop ingestion.")]
    private async Task<ExtractionOutcome> RunWithLimitsAsync(ITextExtractor extractor, byte[] content, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        if (timeLeft <= TimeSpan.Zero)
        {
            return TimedOut(extractor.Format);
        }

        // The extraction thread can outlive this call after a time-out, so the token source is disposed
        // only once the thread has finished, and the thread touches nothing but the token itself.
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = timeout.Token;
        var completion = new TaskCompletionSource<ExtractionOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = completion.Task.ContinueWith(_ => timeout.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        // The outcome is published only once the thread is idle again, so the next file finds it free.
        _threads.Start(
            () =>
            {
                ExtractionOutcome outcome;
                try
                {
                    outcome = ExtractionOutcome.Success(extractor.Format, extractor.Extract(content, token));
                }
                catch (ExtractionFailedException failure)
                {
                    outcome = ExtractionOutcome.Failure(failure.Reason, failure.Message, extractor.Format);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    return () => completion.TrySetCanceled(token);
                }
                catch (Exception exception)
                {
                    outcome = ExtractionOutcome.Failure(
                        FailureReason.Corrupt,
                        $"the {extractor.Format} file could not be read: {exception.GetType().Name}: {exception.Message}",
                        extractor.Format);
                }

                return () => completion.TrySetResult(outcome);
            });

        var finished = await Task.WhenAny(completion.Task, Task.Delay(timeLeft, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != completion.Task)
        {
            try
            {
                await timeout.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // The extractor finished in the same instant as the time limit; its result stands.
                return await completion.Task;
            }

            return TimedOut(extractor.Format);
        }

        return await completion.Task;
    }

    private ExtractionOutcome TimedOut(FileFormat format) =>
        ExtractionOutcome.Failure(FailureReason.TimedOut, $"extraction did not finish within {_limits.Timeout.TotalSeconds:0} s", format);

    /// <summary>What reading one file has used of its bounds so far: time, attachments and characters of text.</summary>
    private sealed class FileReading(TimeSpan timeout)
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private int _attachments;
        private long _characters;

        public TimeSpan TimeLeft => timeout - Stopwatch.GetElapsedTime(_started);

        public void CountAttachment()
        {
            if (++_attachments > ExtractionLimits.MaxAttachmentsPerFile)
            {
                throw new ExtractionFailedException(FailureReason.TooLarge, $"the e-mail message carries more than {ExtractionLimits.MaxAttachmentsPerFile} attachments, nested messages' included");
            }
        }

        /// <summary>Counts text read; a file whose documents together hold more than one document may is refused.</summary>
        public void Add(long characters)
        {
            _characters += characters;
            if (_characters > ExtractionLimits.MaxDocumentCharacters)
            {
                throw ExtractionLimits.TooMuchText("the e-mail message with its attachments");
            }
        }
    }
}
