using System.Text;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Collects the text of one part of a document (a Word part, an OpenDocument body, a slide), never more than a
/// document may hold. Inside table cells a line break becomes a space, so that a table row stays on one line.
/// Text whose fate is decided later (a Word alternative, a slide's placeholder) is written to a temporary capture
/// first and committed or dropped once that is known.
/// </summary>
/// <param name="what">How the refusal names the file when it holds too much text: "the Word file".</param>
internal sealed class TextSink(string what)
{
    private readonly StringBuilder _main = new();
    private readonly Stack<StringBuilder> _captures = new();

    /// <summary>How many table cells enclose the current position (nested tables count more than one).</summary>
    public int CellDepth { get; set; }

    public bool IsCapturing => _captures.Count > 0;

    /// <summary>The current length of the part's text; meaningful only when not capturing.</summary>
    public int Position => _main.Length;

    private StringBuilder Current => _captures.Count > 0 ? _captures.Peek() : _main;

    public void Append(string text)
    {
        Current.Append(text);
        CheckLength();
    }

    public void Append(char c)
    {
        Current.Append(c);
        if (Current.Length > ExtractionLimits.MaxDocumentCharacters)
        {
            CheckLength();
        }
    }

    /// <summary>Stops a part that expands beyond what a document may hold before it fills the memory (a zip bomb).</summary>
    private void CheckLength()
    {
        if (_main.Length + _captures.Sum(capture => capture.Length) > ExtractionLimits.MaxDocumentCharacters)
        {
            throw ExtractionLimits.TooMuchText(what);
        }
    }

    /// <summary>Ends a line: a newline in running text, a space inside a table cell.</summary>
    public void LineBreak() => Current.Append(CellDepth > 0 ? ' ' : '\n');

    /// <summary>Starts a new line unless the text is already at the start of one.</summary>
    public void EnsureLineStart()
    {
        // A capture that is still empty continues whatever its enclosing text ends with.
        var separator = CellDepth > 0 ? ' ' : '\n';
        foreach (var builder in _captures.Append(_main))
        {
            if (builder.Length > 0)
            {
                if (builder[^1] != separator)
                {
                    Current.Append(separator);
                }

                return;
            }
        }
    }

    public void BeginCapture() => _captures.Push(new StringBuilder());

    public string EndCapture() => _captures.Pop().ToString();

    /// <summary>True when nothing but whitespace was written since <paramref name="position"/>.</summary>
    public bool IsBlankSince(int position)
    {
        for (var i = position; i < _main.Length; i++)
        {
            if (!char.IsWhiteSpace(_main[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => _main.ToString();

    public static bool HasText(string text) => text.Any(c => !char.IsWhiteSpace(c));
}
