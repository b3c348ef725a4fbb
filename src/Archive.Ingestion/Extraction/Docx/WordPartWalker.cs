// Longer than most files here: one forward-only walk over a WordprocessingML part, whose visitors
// share the reader, the text sink and the field and page-break state; split apart they would pass that state around.
using System.Xml;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction.Docx;

/// <summary>
/// Walks one WordprocessingML part (the main document, a header, a footer, the footnotes or the endnotes)
/// with a forward-only <see cref="XmlReader"/> and writes the text a reader of the final document sees:
/// <list type="bullet">
/// <item>paragraphs one per line; table rows one per line with cells separated by a tab;</item>
/// <item>tracked changes accepted: insertions and moved-to text kept, deletions and moved-from text dropped;</item>
/// <item>field results kept, field codes dropped; runs hidden with w:vanish dropped;</item>
/// <item>text boxes once: the first mc:AlternateContent choice with text, the fallback only without one;</item>
/// <item>ruby as "base (guide)".</item>
/// </list>
/// Comments live in their own part and are never walked: they are reviewers' notes about the document,
/// not part of what the document states, and indexing them would make a search hit on words the text never says.
/// </summary>
internal sealed class WordPartWalker
{
    // Real documents nest a few dozen levels (tables in text boxes in content controls); far deeper markup is hostile.
    private const int MaxDepth = 256;

    private readonly XmlReader _reader;
    private readonly CancellationToken _cancellationToken;
    private readonly TextSink _sink = new("the Word file");
    private readonly List<int> _renderedPageBreaks = [];
    private readonly List<int> _explicitPageBreaks = [];
    private readonly List<SectionPartReference> _sectionParts = [];
    private FieldTracker _fields = new();
    private bool _runHidden;
    private int _textBoxDepth;
    private int _cellIndex;
    private int _sectionCount;
    private bool _rowHasRenderedPageBreak;
    private readonly WordHeadingStyles? _headingStyles;
    private string? _paragraphStyle;
    private string? _titleParagraph;
    private string? _headingParagraph;

    private WordPartWalker(XmlReader reader, WordHeadingStyles? headingStyles, CancellationToken cancellationToken)
    {
        _reader = reader;
        _headingStyles = headingStyles;
        _cancellationToken = cancellationToken;
    }

    private bool IsSuppressed => _runHidden || _fields.InCode;

    // Page positions are only meaningful in the part's own running text, not inside text boxes or pending alternatives.
    private bool CanRecordPageBreak => !_sink.IsCapturing && _textBoxDepth == 0;

    /// <summary>
    /// Walks the part's root element. Returns null when the root is not <paramref name="expectedRoot"/>
    /// in the WordprocessingML namespace (for example a theme where the main document should be). With
    /// <paramref name="headingStyles"/>, the first Title and Heading 1 paragraphs are kept apart as well.
    /// </summary>
    public static WordPartText? Walk(XmlReader reader, string expectedRoot, CancellationToken cancellationToken, WordHeadingStyles? headingStyles = null)
    {
        if (reader.MoveToContent() != XmlNodeType.Element
            || reader.LocalName != expectedRoot
            || !WordNamespaces.IsMain(reader.NamespaceURI))
        {
            return null;
        }

        var walker = new WordPartWalker(reader, headingStyles, cancellationToken);
        walker.WalkChildren();
        return new WordPartText(
            walker._sink.ToString(), walker._renderedPageBreaks, walker._explicitPageBreaks, walker._sectionParts, walker._titleParagraph, walker._headingParagraph);
    }

    /// <summary>Visits the children of the current element and stops on its end tag.</summary>
    private void WalkChildren()
    {
        foreach (var _ in ContentElements())
        {
            VisitElement();
        }
    }

    /// <summary>Passes over the current element and everything in it, stopping on its end tag.</summary>
    private void SkipElement()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Steps through the elements inside the current one, in document order, leaving the reader on each;
    /// the caller reads or skips each element whole. Ends on the current element's end tag.
    /// </summary>
    private IEnumerable<XmlReader> ContentElements()
    {
        if (_reader.IsEmptyElement)
        {
            yield break;
        }

        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
            {
                yield break;
            }

            if (_reader.NodeType == XmlNodeType.Element)
            {
                yield return _reader;
            }
        }
    }

    /// <summary>
    /// Steps through the direct WordprocessingML children of the current element, leaving the reader on each.
    /// Whatever the caller does not read of a child (its own children) is passed over; the walk ends on the end tag.
    /// </summary>
    private IEnumerable<string> MainChildElements()
    {
        var childDepth = _reader.Depth + 1;
        foreach (var element in ContentElements())
        {
            if (element.Depth == childDepth && WordNamespaces.IsMain(element.NamespaceURI))
            {
                yield return element.LocalName;
            }
        }
    }

    private void VisitElement()
    {
        if (_reader.Depth > MaxDepth)
        {
            throw new ExtractionFailedException(
                FailureReason.Corrupt, "the Word file is damaged: its markup is nested more than " + MaxDepth + " levels deep");
        }

        var ns = _reader.NamespaceURI;
        if (WordNamespaces.IsMain(ns))
        {
            VisitWordElement(_reader.LocalName);
        }
        else if (ns == WordNamespaces.MarkupCompatibility && _reader.LocalName == "AlternateContent")
        {
            VisitAlternateContent();
        }
        else if (WordNamespaces.IsMath(ns) && _reader.LocalName == "t")
        {
            AppendElementText();
        }
        else
        {
            // Drawings, VML shapes and math structure carry no text of their own but may hold text boxes.
            WalkChildren();
        }
    }

    private void VisitWordElement(string name)
    {
        switch (name)
        {
            case "p":
                VisitParagraph();
                break;
            case "tr":
                VisitRow();
                break;
            case "tc":
                VisitCell();
                break;
            case "r":
                VisitRun();
                break;
            case "t":
                AppendElementText();
                break;
            case "tab":
            case "ptab":
                AppendRunText('\t');
                break;
            case "noBreakHyphen":
                AppendRunText('-');
                break;
            case "br":
                VisitBreak();
                break;
            case "cr":
                if (!IsSuppressed)
                {
                    _sink.LineBreak();
                }

                break;
            case "lastRenderedPageBreak":
                RecordRenderedPageBreak();
                break;
            case "fldChar":
                _fields.Apply(WordAttribute("fldCharType"));
                SkipElement();
                break;
            case "txbxContent":
                VisitTextBox();
                break;
            case "ruby":
                VisitRuby();
                break;
            case "sectPr":
                VisitSectionProperties();
                break;
            case "footnote":
            case "endnote":
                VisitNote();
                break;

            // Deleted and moved-away text, field codes, soft hyphens (only a hint where a word may break),
            // symbol-font glyphs, and formatting properties carry no text of the final document.
            case "del":
            case "moveFrom":
            case "delText":
            case "delInstrText":
            case "instrText":
            case "softHyphen":
            case "sym":
            case "fldData":
            case "pPr":
            case "rPr":
            case "sdtPr":
            case "sdtEndPr":
            case "tblPr":
            case "tblPrEx":
            case "tblGrid":
            case "trPr":
            case "tcPr":
            case "rubyPr":
                SkipElement();
                break;

            // Containers: body, tables, content controls (w:sdt), hyperlinks, insertions, moved-to text,
            // simple fields (their runs are the result), smart tags, custom XML, drawings, headers, notes …
            default:
                WalkChildren();
                break;
        }
    }

    private void VisitParagraph()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var endsSection = false;
        var start = _sink.Position;
        string? style = null;
        foreach (var _ in ContentElements())
        {
            if (_reader.LocalName == "pPr" && WordNamespaces.IsMain(_reader.NamespaceURI))
            {
                _paragraphStyle = null;
                endsSection = VisitParagraphProperties();
                style = _paragraphStyle;
            }
            else
            {
                VisitElement();
            }
        }

        RecordHeading(style, start);
        _sink.LineBreak();
        if (endsSection)
        {
            RecordExplicitPageBreak();
        }
    }

    /// <summary>Keeps the text of the part's first Title and first Heading 1 paragraph in its running text.</summary>
    private void RecordHeading(string? style, int start)
    {
        if (_headingStyles is null || style is null || _sink.IsCapturing || _textBoxDepth > 0 || _sink.Position <= start)
        {
            return;
        }

        if (_titleParagraph is null && _headingStyles.IsTitle(style))
        {
            _titleParagraph = _sink.ToString()[start..];
        }
        else if (_headingParagraph is null && _headingStyles.IsHeading(style))
        {
            _headingParagraph = _sink.ToString()[start..];
        }
    }

    /// <summary>Reads the style, pageBreakBefore and a paragraph-level section break; returns true when a section ends here.</summary>
    private bool VisitParagraphProperties()
    {
        var endsSection = false;
        foreach (var name in MainChildElements())
        {
            if (name == "sectPr")
            {
                endsSection = VisitSectionProperties();
            }
            else if (name == "pageBreakBefore" && IsOn())
            {
                RecordPageBreakBefore();
            }
            else if (name == "pStyle")
            {
                _paragraphStyle = WordAttribute("val");
            }
        }

        return endsSection;
    }

    /// <summary>Collects header and footer references; returns true when the section starts on a new page.</summary>
    private bool VisitSectionProperties()
    {
        var startsNewPage = true;
        foreach (var name in MainChildElements())
        {
            switch (name)
            {
                case "headerReference":
                    AddSectionPart(SectionPartKind.Header);
                    break;
                case "footerReference":
                    AddSectionPart(SectionPartKind.Footer);
                    break;
                case "type":
                    startsNewPage = WordAttribute("val") is not ("continuous" or "nextColumn");
                    break;
            }
        }

        _sectionCount++;
        return startsNewPage;
    }

    private void AddSectionPart(SectionPartKind kind)
    {
        var id = _reader.GetAttribute("id", WordNamespaces.Relationships)
            ?? _reader.GetAttribute("id", WordNamespaces.RelationshipsStrict);
        if (id is not null)
        {
            _sectionParts.Add(new SectionPartReference(_sectionCount, kind, WordAttribute("type") ?? "default", id));
        }
    }

    private void VisitRun()
    {
        var outerHidden = _runHidden;
        foreach (var _ in ContentElements())
        {
            if (_reader.LocalName == "rPr" && WordNamespaces.IsMain(_reader.NamespaceURI))
            {
                _runHidden |= IsHiddenRun();
            }
            else
            {
                VisitElement();
            }
        }

        _runHidden = outerHidden;
    }

    /// <summary>Reads run properties; only a direct w:vanish counts (the one inside w:rPrChange is the old formatting).</summary>
    private bool IsHiddenRun()
    {
        var hidden = false;
        foreach (var name in MainChildElements())
        {
            if (name == "vanish")
            {
                hidden = IsOn();
            }
        }

        return hidden;
    }

    private void VisitRow()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var outerCellIndex = _cellIndex;
        _cellIndex = 0;
        if (_sink.CellDepth == 0)
        {
            _rowHasRenderedPageBreak = false;
        }

        WalkChildren();
        _sink.LineBreak();
        _cellIndex = outerCellIndex;
    }

    private void VisitCell()
    {
        if (_cellIndex++ > 0)
        {
            // Cells of a top-level row are separated by tabs; a nested table is flattened into its cell.
            _sink.Append(_sink.CellDepth == 0 ? '\t' : ' ');
        }

        _sink.CellDepth++;
        WalkChildren();
        _sink.CellDepth--;
    }

    private void VisitBreak()
    {
        if (!IsSuppressed)
        {
            if (WordAttribute("type") == "page")
            {
                RecordExplicitPageBreak();
            }

            // Every break (line, column or page) also separates the words on either side of it.
            _sink.LineBreak();
        }

        SkipElement();
    }

    private void VisitTextBox()
    {
        // A text box is anchored inside a run, but its paragraphs are lines of their own,
        // and its fields are independent of any field the anchoring run sits in.
        var outerFields = _fields;
        _fields = new FieldTracker();
        _textBoxDepth++;
        _sink.EnsureLineStart();
        WalkChildren();
        _textBoxDepth--;
        _fields = outerFields;
    }

    /// <summary>
    /// Word writes a shape twice: as DrawingML in mc:Choice and as VML in mc:Fallback. The first
    /// alternative with text wins, so a text box is read exactly once.
    /// </summary>
    private void VisitAlternateContent()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        string? chosen = null;
        foreach (var _ in ContentElements())
        {
            var isAlternative = _reader.NamespaceURI == WordNamespaces.MarkupCompatibility
                && _reader.LocalName is "Choice" or "Fallback";
            if (isAlternative && (chosen is null || !TextSink.HasText(chosen)))
            {
                _sink.BeginCapture();
                WalkChildren();
                var text = _sink.EndCapture();
                if (chosen is null || TextSink.HasText(text))
                {
                    chosen = text;
                }
            }
            else
            {
                SkipElement();
            }
        }

        if (chosen is not null)
        {
            _sink.Append(chosen);
        }
    }

    /// <summary>Ruby (a phonetic guide above the base text) becomes "base (guide)"; the XML stores the guide first.</summary>
    private void VisitRuby()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var guide = string.Empty;
        var baseText = string.Empty;
        foreach (var _ in ContentElements())
        {
            var part = WordNamespaces.IsMain(_reader.NamespaceURI) ? _reader.LocalName : null;
            if (part is "rt" or "rubyBase")
            {
                _sink.BeginCapture();
                WalkChildren();
                var text = _sink.EndCapture().Trim();
                if (part == "rt")
                {
                    guide = text;
                }
                else
                {
                    baseText = text;
                }
            }
            else
            {
                SkipElement();
            }
        }

        _sink.Append(guide.Length > 0 ? $"{baseText} ({guide})" : baseText);
    }

    /// <summary>Separator and continuation notes only draw the line above the notes; they hold no note text.</summary>
    private void VisitNote()
    {
        if (WordAttribute("type") is "separator" or "continuationSeparator" or "continuationNotice")
        {
            SkipElement();
            return;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        WalkChildren();
    }

    private void AppendElementText()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var suppressed = IsSuppressed;
        var depth = _reader.Depth;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (!suppressed)
                    {
                        _sink.Append(_reader.Value);
                    }

                    break;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    return;
            }
        }
    }

    private void AppendRunText(char c)
    {
        if (!IsSuppressed)
        {
            _sink.Append(c);
        }

        SkipElement();
    }

    private void RecordRenderedPageBreak()
    {
        if (!CanRecordPageBreak)
        {
            return;
        }

        if (_sink.CellDepth > 0)
        {
            // A row that runs over a page carries the mark once in every cell; it is one page break.
            if (_rowHasRenderedPageBreak)
            {
                return;
            }

            _rowHasRenderedPageBreak = true;
        }

        _renderedPageBreaks.Add(_sink.Position);
    }

    private void RecordExplicitPageBreak()
    {
        // Word does not break pages inside table cells.
        if (CanRecordPageBreak && _sink.CellDepth == 0)
        {
            _explicitPageBreaks.Add(_sink.Position);
        }
    }

    /// <summary>
    /// "Page break before" only moves a paragraph to a new page; a paragraph that already starts one
    /// (the first of the document, or the first after another break) does not produce an empty page.
    /// </summary>
    private void RecordPageBreakBefore()
    {
        var lastBreak = _explicitPageBreaks.Count > 0 ? _explicitPageBreaks[^1] : 0;
        if (!_sink.IsBlankSince(lastBreak))
        {
            RecordExplicitPageBreak();
        }
    }

    private string? WordAttribute(string localName) =>
        _reader.GetAttribute(localName, WordNamespaces.Main) ?? _reader.GetAttribute(localName, WordNamespaces.MainStrict);

    /// <summary>An on/off property is on unless its w:val says false, 0 or off.</summary>
    private bool IsOn() => WordAttribute("val") is not ("false" or "0" or "off");
}
