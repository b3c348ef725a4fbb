using System.Xml;

namespace Archive.Ingestion.Extraction.OpenDocument;

/// <summary>
/// Walks the office:body of an OpenDocument content.xml with a forward-only <see cref="XmlReader"/>, without
/// recursion (so deep nesting cannot exhaust the stack), and writes the text a reader of the document sees:
/// <list type="bullet">
/// <item>paragraphs and headings one per line; table rows one per line with cells separated by a tab;</item>
/// <item>footnotes and endnotes apart, for the end of the document; their citation marks left out;</item>
/// <item>comments (office:annotation), the record of tracked changes (which holds deleted text), hidden text and
/// hidden sections left out, like comments in Word files: they are not what the document states.</item>
/// </list>
/// Styles, fonts and number formats outside office:body are never read as text.
/// </summary>
internal sealed class OdfBodyWalker
{
    // text:s says how many spaces it stands for; a hostile count must not become a page of blanks.
    private const int MaxSpaces = 64;

    private readonly XmlReader _reader;
    private readonly TextSink _sink = new("the OpenDocument file");
    private readonly List<int> _pageBreaks = [];
    private readonly List<string> _notes = [];
    private readonly Stack<Action> _closers = new();
    private int _paragraphDepth;

    private readonly TableLayout _tables;

    private OdfBodyWalker(XmlReader reader)
    {
        _reader = reader;
        _tables = new TableLayout(_sink);
    }

    /// <summary>Reads content.xml; null when it has no office:body (not an OpenDocument content part).</summary>
    public static OdfBodyText? Walk(XmlReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "body" && reader.NamespaceURI == OdfNamespaces.Office)
            {
                var walker = new OdfBodyWalker(reader);
                walker.WalkBody(cancellationToken);
                return new OdfBodyText(walker._sink.ToString(), walker._pageBreaks, walker._notes);
            }
        }

        return null;
    }

    private void WalkBody(CancellationToken cancellationToken)
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var bodyDepth = _reader.Depth;
        var nodes = 0;
        var more = _reader.Read();
        while (more && !(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == bodyDepth))
        {
            if (++nodes % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            switch (_reader.NodeType)
            {
                case XmlNodeType.Element when IsLeftOut():
                    _reader.Skip();
                    more = !_reader.EOF;
                    continue;
                case XmlNodeType.Element:
                    Open();
                    break;
                case XmlNodeType.EndElement:
                    _closers.Pop()();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when _paragraphDepth > 0:
                    // In OpenDocument, tabs and line ends in the markup are plain white space; text:tab and text:line-break mark real ones.
                    _sink.Append(_reader.Value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));
                    break;
                default:
                    break;
            }

            more = _reader.Read();
        }
    }

    private bool IsLeftOut() => (_reader.NamespaceURI, _reader.LocalName) switch
    {
        (OdfNamespaces.Office, "annotation" or "forms" or "event-listeners") => true,
        (OdfNamespaces.Text, "tracked-changes" or "note-citation" or "hidden-text" or "sequence-decls" or "variable-decls" or "user-field-decls") => true,
        (OdfNamespaces.Text, "section") => _reader.GetAttribute("display", OdfNamespaces.Text) == "none",
        (OdfNamespaces.Svg, "title" or "desc") => true,
        _ => false,
    };

    /// <summary>Acts on a start tag and, unless it is empty, remembers what its end tag must do.</summary>
    private void Open()
    {
        var close = (_reader.NamespaceURI, _reader.LocalName) switch
        {
            (OdfNamespaces.Text, "p" or "h") => OpenParagraph(),
            (OdfNamespaces.Text, "s") => Append(new string(' ', SpaceCount())),
            (OdfNamespaces.Text, "tab") => Append(_sink.CellDepth == 0 ? "\t" : " "),
            (OdfNamespaces.Text, "line-break") => Do(_sink.LineBreak),
            (OdfNamespaces.Text, "soft-page-break") => Do(RecordPageBreak),
            (OdfNamespaces.Text, "note-body") => OpenNoteBody(),
            (OdfNamespaces.Table, "table") => OpenTable(),
            (OdfNamespaces.Table, "table-row") => OpenRow(),
            (OdfNamespaces.Table, "table-cell" or "covered-table-cell") => OpenCell(),
            _ => null,
        };

        if (_reader.IsEmptyElement)
        {
            close?.Invoke();
        }
        else
        {
            _closers.Push(close ?? (() => { }));
        }
    }

    private Action OpenParagraph()
    {
        _sink.EnsureLineStart();
        _paragraphDepth++;
        return () =>
        {
            _paragraphDepth--;
            _sink.LineBreak();
        };
    }

    private Action? Append(string text)
    {
        _sink.Append(text);
        return null;
    }

    private static Action? Do(Action action)
    {
        action();
        return null;
    }

    private int SpaceCount() =>
        int.TryParse(_reader.GetAttribute("c", OdfNamespaces.Text), out var count) ? Math.Clamp(count, 1, MaxSpaces) : 1;

    /// <summary>A page mark counts only in the running text: not inside a table cell or a note.</summary>
    private void RecordPageBreak()
    {
        if (!_sink.IsCapturing && _sink.CellDepth == 0)
        {
            _pageBreaks.Add(_sink.Position);
        }
    }

    private Action OpenNoteBody()
    {
        _sink.BeginCapture();
        return () => _notes.Add(_sink.EndCapture().Trim());
    }

    private Action OpenTable()
    {
        _tables.OpenTable();
        return _tables.CloseTable;
    }

    private Action OpenRow()
    {
        _tables.OpenRow();
        return _tables.CloseRow;
    }

    private Action OpenCell()
    {
        _tables.OpenCell();
        return _tables.CloseCell;
    }
}
