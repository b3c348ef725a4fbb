using System.Text.RegularExpressions;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Decides whether the title a file stores about itself (a PDF's document information, a Word file's core
/// properties) is worth showing. Printer drivers, templates and office programs often fill it with a file
/// name, a path, a web address or a placeholder; those are dropped so that the caller falls back to its own
/// title (the first heading, the file name).
/// </summary>
internal static partial class EmbeddedTitle
{
    private const int MaxLength = 500;

    /// <summary>The cleaned title, or null when it carries no meaning.</summary>
    public static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = TextNormalizer.Normalize(title).Replace('\n', ' ').Replace('\t', ' ').Trim();
        text = ProducerPrefix().Replace(text, string.Empty).Trim();

        if (text.Length is 0 or > MaxLength
            || !text.Any(char.IsLetter)
            || Placeholder().IsMatch(text)
            || FileName().IsMatch(text)
            || LooksLikeLocation(text))
        {
            return null;
        }

        return text;
    }

    private static bool LooksLikeLocation(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || text.Contains('\\')
        || (text.Contains('/') && !text.Contains(' '));

    // "Microsoft Word - Referat.docx", "Microsoft PowerPoint - Præsentation1".
    [GeneratedRegex(@"^Microsoft\s+(Office\s+)?(Word|Excel|PowerPoint|Publisher|Visio)\s*-\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProducerPrefix();

    // Names that programs give to a document nobody named: "Untitled", "Dokument1", "Presentation 2", "Titel".
    [GeneratedRegex(
        @"^(untitled|word\s+document|microsoft\s+word\s+document|normal|skabelon|template|unbenannt|uden\s+titel|unavngivet|ingen\s+titel|no\s+title|title|titel|document|dokument|doc|presentation|præsentation|workbook|projektmappe|book|slide|dias|diasshow|page|side|ark|sheet|new\s+document|nyt\s+dokument|blank|tom|test|print|temp|tmp)[\s_\-.]*\d*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    // A bare file name: "Binder1.pdf", "140312 bilag 3.docx", "scan0001.tif".
    [GeneratedRegex(
        @"\.(pdf|docx?|dotx?|docm|rtf|odt|ods|odp|txt|xlsx?|xlsm|pptx?|msg|eml|html?|xml|tiff?|jpe?g|png|gif|bmp|indd|qxd|ps|eps|tmp|wpd|pages|key|numbers)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
