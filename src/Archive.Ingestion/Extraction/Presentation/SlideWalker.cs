using System.Xml;

namespace Archive.Ingestion.Extraction.Presentation;

/// <summary>What a slide's walk found besides its text.</summary>
/// <param name="IsHidden">The slide is hidden in the slide show (show="0"); nothing of it was written.</param>
/// <param name="Title">The text of its title placeholder, if it has one.</param>
internal sealed record SlideFacts(bool IsHidden, string? Title);

/// <summary>
/// Writes the text of a slide or a notes page with a forward-only <see cref="XmlReader"/>, without recursion:
/// <list type="bullet">
/// <item>shapes in the order of the slide's shape tree, which is the order PowerPoint's reading order (and a screen
/// reader) follows; shapes inside groups in their place;</item>
/// <item>each paragraph of a shape one line; tables row by row, cells separated by a tab;</item>
/// <item>slide numbers and date fields left out (they say nothing about the slide), and of an alternative
/// (mc:AlternateContent) only the first choice, so that its text is not written twice.</item>
/// </list>
/// On a notes page only the notes themselves (the body placeholder) are read, not the slide image or the page's
/// header and footer.
/// </summary>
internal sealed class SlideWalker
{
    private static readonly HashSet<string> PlaceholdersWithoutContent = new(StringComparer.Ordinal) { "sldNum", "dt" };

    private readonly XmlReader _reader;
    private readonly TextSink _sink;
    private readonly bool _notesOnly;
    private readonly Stack<Action> _closers = new();
    private readonly TableLayout _tables;

    // The depths at which an alternative's first choice has been taken.
    private readonly HashSet<int> _choiceTaken = [];
    private string? _title;
    private string? _placeholderType;
    private int _textDepth;

    private SlideWalker(XmlReader reader, TextSink sink, bool notesOnly)
    {
        _reader = reader;
        _sink = sink;
        _notesOnly = notesOnly;
        _tables = new TableLayout(sink);
    }

    /// <summary>Writes a slide's text into <paramref name="sink"/>, unless the slide is hidden.</summary>
    public static SlideFacts WalkSlide(XmlReader reader, TextSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new SlideWalker(reader, sink, notesOnly: false).Walk(cancellationToken);
    }

    /// <summary>Writes the speaker notes of a notes page into <paramref name="sink"/>.</summary>
    public static void WalkNotes(XmlReader reader, TextSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        new SlideWalker(reader, sink, notesOnly: true).Walk(cancellationToken);
    }

    private SlideFacts Walk(CancellationToken cancellationToken)
    {
        if (!_reader.IsStartElement())
        {
            return new SlideFacts(false, null);
        }

        if (!_notesOnly && PartXml.Attribute(_reader, "show") is "0" or "false")
        {
            return new SlideFacts(true, null);
        }

        var nodes = 0;
        var more = _reader.Read();
        while (more)
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
                case XmlNodeType.EndElement when _closers.Count > 0:
                    _closers.Pop()();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when _textDepth > 0:
                    _sink.Append(_reader.Value);
                    break;
                default:
                    break;
            }

            more = _reader.Read();
        }

        return new SlideFacts(false, _title);
    }

    private bool IsLeftOut() => _reader.LocalName switch
    {
        // The first mc:Choice stands for the whole alternative; later choices and the fallback repeat it.
        "Fallback" => true,
        "Choice" => _reader.NamespaceURI.Contains("markup-compatibility", StringComparison.Ordinal) && IsLaterChoice(),
        "extLst" => true,
        // A notes page's tables and pictures are no part of the notes.
        "graphicFrame" => _notesOnly,
        _ => false,
    };

    // Choices are siblings; every one after the first is skipped once the first has been opened.
    private bool IsLaterChoice() => _choiceTaken.Contains(_reader.Depth);

    /// <summary>Acts on a start tag and, unless it is empty, remembers what its end tag must do.</summary>
    private void Open()
    {
        var close = _reader.LocalName switch
        {
            "sp" => OpenShape(),
            // A placeholder without a type is a content placeholder ("obj", the schema's default).
            "ph" => Do(() => _placeholderType = PartXml.Attribute(_reader, "type") ?? "obj"),
            "p" when _reader.NamespaceURI.Contains("drawingml", StringComparison.Ordinal) => OpenParagraph(),
            "t" => OpenText(),
            "br" => Do(_sink.LineBreak),
            "tbl" => OpenTable(),
            "tr" => OpenRow(),
            "tc" => OpenCell(),
            "Choice" => Do(() => _choiceTaken.Add(_reader.Depth)),
            "AlternateContent" => OpenAlternative(),
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

    private static Action? Do(Action action)
    {
        action();
        return null;
    }

    /// <summary>A shape's text is held apart until its end, when its placeholder type (read on the way) says where it goes.</summary>
    private Action OpenShape()
    {
        _placeholderType = null;
        _sink.BeginCapture();
        return () =>
        {
            var text = _sink.EndCapture();
            var type = _placeholderType;
            _placeholderType = null;
            if (_notesOnly ? type != "body" : type is not null && PlaceholdersWithoutContent.Contains(type))
            {
                return;
            }

            if (type is "title" or "ctrTitle" && _title is null && TextSink.HasText(text))
            {
                _title = text;
            }

            _sink.EnsureLineStart();
            _sink.Append(text);
        };
    }

    private Action OpenParagraph()
    {
        _sink.EnsureLineStart();
        return _sink.LineBreak;
    }

    private Action OpenText()
    {
        _textDepth++;
        return () => _textDepth--;
    }

    private Action OpenAlternative()
    {
        var depth = _reader.Depth + 1;
        return () => _choiceTaken.Remove(depth);
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
