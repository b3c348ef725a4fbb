using UglyToad.PdfPig.Content;

namespace Archive.Ingestion.Extraction.Pdf;

/// <summary>
/// Finds the headline of a PDF page by its type size: the first run of the page's largest text, when that text is
/// clearly larger than the body text. Reports, policies and letters set their title this way; a web page printed to
/// PDF or a plain text converted to one sets everything in one size, and then there is no such headline.
/// </summary>
internal static class PdfLargestText
{
    // The title must be at least this much larger than the size most letters are set in.
    private const double Prominence = 1.2;

    // Letters within this share of the largest size belong to the title (sizes are rounded in many producers).
    private const double SizeTolerance = 0.05;

    private const int MaxLength = 200;

    /// <summary>The page's largest text as one line, or null when nothing stands out by its size.</summary>
    public static string? Find(IReadOnlyList<Letter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var visible = letters.Where(IsVisible).ToList();
        if (visible.Count == 0)
        {
            return null;
        }

        var body = visible.GroupBy(letter => Math.Round(PdfPageText.FontSize(letter) * 2) / 2).MaxBy(group => group.Count())!.Key;
        var largest = visible.Max(PdfPageText.FontSize);
        if (largest < body * Prominence)
        {
            return null;
        }

        // The first run of large letters in drawing order: a title set on two lines is drawn line after line.
        var run = new List<Letter>();
        foreach (var letter in letters)
        {
            if (PdfPageText.FontSize(letter) >= largest * (1 - SizeTolerance))
            {
                run.Add(letter);
            }
            else if (run.Count > 0 && IsVisible(letter))
            {
                break;
            }
        }

        var text = TextNormalizer.Normalize(HyphenationJoiner.Join(PdfPageText.Build(run)));
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length is > 0 and <= MaxLength && line.Count(char.IsLetter) >= 3 ? line : null;
    }

    private static bool IsVisible(Letter letter) => letter.Value.Any(char.IsLetterOrDigit);
}
