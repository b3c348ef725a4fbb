using AngleSharp.Dom;

namespace Archive.Ingestion.Extraction.Html;

/// <summary>
/// Writes the text of part of a web page as a reader sees it, without recursion (deeply nested markup cannot exhaust
/// the stack): block elements (paragraphs, headings, list items, divisions …) on lines of their own, &lt;br&gt; as a line
/// break, table rows one per line with cells separated by a tab, and white space in the markup collapsed as a
/// browser does, except inside &lt;pre&gt;.
/// </summary>
internal sealed class HtmlTextWalker
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "ul",
    };

    private readonly TextSink _sink;
    private readonly bool _leaveOutBoilerplate;
    private readonly TableLayout _tables;
    private int _preformatted;

    /// <param name="leaveOutBoilerplate">Leave out navigation, page headers and footers and banners (<see cref="HtmlMainContent.IsBoilerplate"/>).</param>
    public HtmlTextWalker(TextSink sink, bool leaveOutBoilerplate)
    {
        _sink = sink;
        _leaveOutBoilerplate = leaveOutBoilerplate;
        _tables = new TableLayout(sink);
    }

    public void Walk(IElement root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        var nodes = 0;
        while (pending.TryPop(out var item))
        {
            if (++nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (item.Node is IText text && !item.Closing)
            {
                _sink.Append(_preformatted > 0 ? text.Data : Collapse(text.Data));
                continue;
            }

            if (item.Node is not IElement element)
            {
                continue;
            }

            if (item.Closing)
            {
                Close(element);
                continue;
            }

            if (HtmlMainContent.IsNeverText(element) || (_leaveOutBoilerplate && element != root && HtmlMainContent.IsBoilerplate(element)))
            {
                continue;
            }

            Open(element);
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }
    }

    private void Open(IElement element)
    {
        switch (element.LocalName)
        {
            case "br":
                _sink.LineBreak();
                break;
            case "table":
                _tables.OpenTable();
                break;
            case "tr":
                _tables.OpenRow();
                break;
            case "td" or "th":
                _tables.OpenCell();
                break;
            case "pre":
                _sink.EnsureLineStart();
                _preformatted++;
                break;
            default:
                if (Blocks.Contains(element.LocalName))
                {
                    _sink.EnsureLineStart();
                }

                break;
        }
    }

    private void Close(IElement element)
    {
        switch (element.LocalName)
        {
            case "table":
                _tables.CloseTable();
                break;
            case "tr":
                _tables.CloseRow();
                break;
            case "td" or "th":
                _tables.CloseCell();
                break;
            case "pre":
                _preformatted--;
                _sink.EnsureLineStart();
                break;
            default:
                if (Blocks.Contains(element.LocalName))
                {
                    _sink.EnsureLineStart();
                }

                break;
        }
    }

    /// <summary>Line ends and tabs in the markup are spaces to a browser; runs of spaces are collapsed later by the normaliser.</summary>
    private static string Collapse(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
