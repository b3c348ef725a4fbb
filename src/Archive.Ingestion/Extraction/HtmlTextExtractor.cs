using System.Globalization;
using Archive.Ingestion.Extraction.Html;
using Archive.Ingestion.Outcomes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Reads the text of web pages (.html, .htm, .xhtml) saved from a council's site: the bytes are decoded by the page's
/// own charset (<see cref="HtmlCharset"/>), parsed with AngleSharp as a browser parses them (scripts are never run), and
/// the page's document is told from its navigation, headers, footers and banners (<see cref="HtmlMainContent"/>)
/// before its text is written (<see cref="HtmlTextWalker"/>). The title is the page's &lt;title&gt;, else its first &lt;h1&gt;.
/// </summary>
/// <remarks>
/// A page is one page of text, cut to a reader's size by <see cref="TextExtraction"/> like a text file without page
/// breaks. When leaving out the framing leaves no text at all (a page built wholly inside a &lt;header&gt;, say), the
/// page is read again with only scripts, styles, form controls and hidden elements left out, so that no page is lost.
/// </remarks>
internal sealed class HtmlTextExtractor : ITextExtractor
{
    /// <summary>
    /// The largest page that is parsed: a browser's model of a page takes many times the page's bytes, and no saved
    /// page of a council is near this size. Larger is too-large.
    /// </summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;

    private const string What = "the HTML file";

    private readonly int _maxPageBytes;

    /// <param name="maxPageBytes">The largest file that is parsed; larger fails as <see cref="FailureReason.TooLarge"/>.</param>
    public HtmlTextExtractor(int maxPageBytes = MaxPageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPageBytes);
        _maxPageBytes = maxPageBytes;
    }

    public FileFormat Format => FileFormat.Html;

    public ExtractedText Extract(byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (FormatDetector.Mismatch(content, FileFormat.Html, "web page (HTML)") is { } refusal)
        {
            throw refusal;
        }

        if (content.Length > _maxPageBytes)
        {
            throw new ExtractionFailedException(
                FailureReason.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"the HTML file is larger than {_maxPageBytes:N0} bytes, more than any saved web page; save it as PDF or text"));
        }

        return Read(HtmlCharset.Decode(content), cancellationToken);
    }

    /// <summary>
    /// The text of markup already decoded, such as an e-mail's HTML body (whose charset the message declares): read as a
    /// page, whatever it starts with.
    /// </summary>
    public static ExtractedText Read(string markup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markup);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            // AngleSharp's tree building costs time in the square of the nesting depth (a megabyte of nested <div>s
            // takes minutes), and a call cannot be aborted, so the parse must see the time limit's token between tokens.
            // A string source is parsed on this thread; the task is complete when it returns.
            using var document = parser.ParseDocumentAsync(markup, cancellationToken).GetAwaiter().GetResult();
            var roots = HtmlMainContent.Roots(document);
            var text = Text(roots, leaveOutBoilerplate: true, cancellationToken);
            if (!TextSink.HasText(text))
            {
                text = Text(roots, leaveOutBoilerplate: false, cancellationToken);
            }

            return new ExtractedText([TextNormalizer.Normalize(text)], Title(document, roots));
        }
        catch (Exception ex) when (ex is not (ExtractionFailedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ExtractionFailedException(FailureReason.Corrupt, $"the HTML file could not be read: {ex.Message}", ex);
        }
    }

    private static string Text(IReadOnlyList<IElement> roots, bool leaveOutBoilerplate, CancellationToken cancellationToken)
    {
        var sink = new TextSink(What);
        var walker = new HtmlTextWalker(sink, leaveOutBoilerplate);
        foreach (var root in roots)
        {
            sink.EnsureLineStart();
            walker.Walk(root, cancellationToken);
        }

        return sink.ToString();
    }

    private static string? Title(IDocument document, IReadOnlyList<IElement> roots) =>
        EmbeddedTitle.Clean(HtmlMainContent.Title(document)) ?? EmbeddedTitle.Clean(HtmlMainContent.FirstHeading(document, roots));
}
