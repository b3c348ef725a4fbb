using System.Text;
using UglyToad.PdfPig.Content;

namespace Archive.Ingestion.Extraction.Pdf;

/// <summary>
/// Turns the letters of one PDF page, in the order the content stream draws them, into lines of words.
/// </summary>
/// <remarks>
/// Content order is the author's reading order for nearly every producer (word processors, LaTeX, layout
/// programs write a column or a text box at a time), and it is much cheaper than geometric layout analysis.
/// Words and lines are found from the geometry between consecutive letters, measured along each letter's own
/// baseline, so rotated pages and text at an angle come out as whole words:
/// <list type="bullet">
/// <item>a letter that leaves the line (moves across the baseline, jumps back, or turns) starts a new line;</item>
/// <item>a gap along the baseline wider than a fraction of the font size is a space, whether or not the
/// file draws a space glyph (many files position words without one);</item>
/// <item>a space glyph that does not advance (some files map invisible soft hyphens to it) is not a space;</item>
/// <item>a glyph drawn again on top of itself (fake bold, shadows) is kept once;</item>
/// <item>a glyph without a character (an unmapped ligature) keeps its word together.</item>
/// </list>
/// </remarks>
internal static class PdfPageText
{
    // A gap wider than this share of the font size separates two words. Justified text rarely squeezes an
    // inter-word space below a fifth of an em, and kerning rarely opens a gap as wide as a tenth; letter-spaced
    // headings ("P E N G U I N") are the price of catching the tight sentence spaces of book typesetting.
    private const double WordGap = 0.1;

    // Where a space glyph was drawn, the next letter must start beyond this share of its advance; a space
    // glyph that the next letter overdraws is a mark without width, not a word break.
    private const double DrawnSpaceReach = 0.5;

    // A letter farther than this share of the font size from the baseline of the previous one is on a new line.
    private const double LineOffset = 0.5;

    // Super- and subscripts (smaller glyphs raised or lowered) may stray up to this share of the larger size.
    private const double ScriptOffset = 1.05;

    // A jump back along the baseline longer than this share of the font size starts a new line (overprinted
    // text, a new block at the same height); shorter steps back are accents and kerning.
    private const double BackwardJump = 1.0;

    // Two drawings of the same glyph closer than this (in points) are one glyph.
    private const double DuplicateTolerance = 0.75;

    /// <summary>The page's text, lines separated by '\n'; not yet normalised.</summary>
    public static string Build(IReadOnlyList<Letter> letters)
    {
        var builder = new StringBuilder(letters.Count + (letters.Count / 8));
        var drawn = new HashSet<(string Value, long X, long Y)>();
        Letter? previous = null;
        Letter? space = null;
        var pending = Separator.None;
        string? heldLigature = null;

        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var kind = Classify(value);
            if (kind == Glyph.Space)
            {
                // Remember the space glyph; the position of the next letter decides whether it counts.
                if (previous is not null)
                {
                    space = letter;
                }

                continue;
            }

            if (!drawn.Add((value, Quantize(letter.StartBaseLine.X), Quantize(letter.StartBaseLine.Y))))
            {
                continue;
            }

            var separator = previous is null ? Separator.None : Separate(previous, letter, space);
            previous = letter;
            space = null;

            if (kind == Glyph.Unmapped)
            {
                // No usable character (an unmapped ligature, a control code): nothing is written, but the glyph
                // holds its place so that the letters on either side stay one word. A ligature code of the
                // TeX font encodings inside a word is written out.
                pending = Max(pending, separator);
                var ligature = TexLigature(value);
                if (ligature is null)
                {
                    continue;
                }

                if (pending == Separator.None && builder.Length > 0 && char.IsLetter(builder[^1]))
                {
                    builder.Append(ligature);
                    heldLigature = null;
                }
                else
                {
                    heldLigature = ligature;
                }

                continue;
            }

            if (heldLigature is not null && separator == Separator.None && char.IsLetter(value[0]))
            {
                // A ligature that starts a word ("ﬁle").
                Write(builder, pending);
                builder.Append(heldLigature);
                pending = Separator.None;
            }

            heldLigature = null;
            Write(builder, Max(pending, separator));
            pending = Separator.None;
            Append(builder, value);
        }

        return builder.ToString();
    }

    private static void Write(StringBuilder builder, Separator separator)
    {
        if (builder.Length == 0)
        {
            return;
        }

        switch (separator)
        {
            case Separator.Line:
                builder.Append('\n');
                break;
            case Separator.Space:
                builder.Append(' ');
                break;
            case Separator.None:
            default:
                break;
        }
    }

    private static Separator Max(Separator a, Separator b) => a > b ? a : b;

    // Fonts from TeX without a Unicode map draw the f-ligatures with control codes: 0x0B–0x0F in the OT1
    // encoding and 0x1B–0x1F in the T1 encoding (ff, fi, fl, ffi, ffl).
    private static string? TexLigature(string value) => value.Length != 1 ? null : value[0] switch
    {
        '\u000B' or '\u001B' => "ff",
        '\u000C' or '\u001C' => "fi",
        '\u000D' or '\u001D' => "fl",
        '\u000E' or '\u001E' => "ffi",
        '\u000F' or '\u001F' => "ffl",
        _ => null,
    };

    private enum Glyph
    {
        Visible,
        Space,
        Unmapped,
    }

    private enum Separator
    {
        None,
        Space,
        Line,
    }

    private static Separator Separate(Letter previous, Letter current, Letter? space)
    {
        var previousSize = FontSize(previous);
        var currentSize = FontSize(current);
        var size = Math.Max(previousSize, currentSize);

        if (!TryDirection(previous, out var ux, out var uy) && !TryDirection(current, out ux, out uy))
        {
            (ux, uy) = Direction(previous.TextOrientation);
        }

        // A change of writing direction (rotated blocks on one page) always breaks the line.
        if (TryDirection(current, out var cx, out var cy) && (ux * cx) + (uy * cy) < 0.95)
        {
            return Separator.Line;
        }

        var dx = current.StartBaseLine.X - previous.EndBaseLine.X;
        var dy = current.StartBaseLine.Y - previous.EndBaseLine.Y;
        var along = (dx * ux) + (dy * uy);
        var across = Math.Abs((dy * ux) - (dx * uy));

        var sameSize = Math.Abs(previousSize - currentSize) <= 0.15 * size;
        var tolerance = (sameSize ? LineOffset : ScriptOffset) * size;
        if (across > tolerance || along < -BackwardJump * size)
        {
            return Separator.Line;
        }

        if (along > WordGap * size)
        {
            return Separator.Space;
        }

        if (space is not null)
        {
            var advance = Length(space.StartBaseLine.X, space.StartBaseLine.Y, space.EndBaseLine.X, space.EndBaseLine.Y);
            var reach = ((current.StartBaseLine.X - space.StartBaseLine.X) * ux) + ((current.StartBaseLine.Y - space.StartBaseLine.Y) * uy);
            if (advance > 0 && reach >= DrawnSpaceReach * advance)
            {
                return Separator.Space;
            }
        }

        return Separator.None;
    }

    private static void Append(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }
    }

    private static Glyph Classify(string value)
    {
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
            }
            else if (!char.IsControl(c))
            {
                return Glyph.Visible;
            }
        }

        return space ? Glyph.Space : Glyph.Unmapped;
    }

    /// <summary>The font size in points as drawn; the glyph box stands in for files that report none.</summary>
    public static double FontSize(Letter letter)
    {
        if (letter.PointSize > 0.01)
        {
            return letter.PointSize;
        }

        var box = letter.BoundingBox;
        var height = Math.Max(box.Height, box.Width);
        return height > 0.01 ? height : 1;
    }

    private static bool TryDirection(Letter letter, out double x, out double y)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length < 1e-3)
        {
            x = 0;
            y = 0;
            return false;
        }

        x = dx / length;
        y = dy / length;
        return true;
    }

    private static (double X, double Y) Direction(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate90 => (0, -1),
        TextOrientation.Rotate180 => (-1, 0),
        TextOrientation.Rotate270 => (0, 1),
        TextOrientation.Horizontal => (1, 0),
        TextOrientation.Other => (1, 0),
        _ => (1, 0),
    };

    private static double Length(double x1, double y1, double x2, double y2)
    {
        var dx = x2 - x1;
        var dy = y2 - y1;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static long Quantize(double coordinate) => (long)Math.Round(coordinate / DuplicateTolerance);
}
