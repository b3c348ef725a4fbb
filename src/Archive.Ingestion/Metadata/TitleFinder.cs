using System.Text.RegularExpressions;
using Archive.Ingestion.Extraction;

namespace Archive.Ingestion.Metadata;

/// <summary>Finds a document's headline: the file's title property, the first line that reads like one, or the file name.</summary>
internal static partial class TitleFinder
{
    /// <summary>The file's own title property, else the first line that reads like a headline, else the file name.</summary>
    public static Finding<string> Find(ExtractedText text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(text.EmbeddedTitle))
        {
            return new Finding<string>(text.EmbeddedTitle.Trim(), ProvenanceSources.FileProperties);
        }

        var firstPage = text.Pages.FirstOrDefault(page => page.Length > 0) ?? string.Empty;
        foreach (var rawLine in firstPage.Split('\n').Take(40))
        {
            var line = rawLine.Replace('\t', ' ').Trim();
            if (IsHeadline(line))
            {
                return new Finding<string>(line, ProvenanceSources.TextFirstLine);
            }
        }

        return new Finding<string>(Path.GetFileNameWithoutExtension(fileName), ProvenanceSources.FileName);
    }

    private static bool IsHeadline(string line) =>
        line.Length is >= 4 and <= 200
        && line.Count(char.IsLetter) >= 3
        && !IsListItem(line)
        && !AddressOrContactLine().IsMatch(line)
        && !NavigationLine().IsMatch(line)
        && !DateOnlyLine().IsMatch(line);

    // A bulleted line is a quote or a list item, not a headline.
    private static bool IsListItem(string line) => line[0] is '•' or '·' or '▪' or '◦' or '-' or '–' or '*';

    // Letter headers ("Til:", "Fra:", "Dato:") precede the headline in Danish letters and statements.
    [GeneratedRegex(@"^(til|fra|dato|vedr|kontaktperson|tlf|telefon|mail|e-mail|sagsnr|j\.nr|journalnr)\b\.?:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressOrContactLine();

    // Web pages saved as text begin with the site's navigation.
    [GeneratedRegex(@"^(gå direkte til|spring til|skip til|vi bruger cookies|menu$|søg$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationLine();

    [GeneratedRegex(@"^(d\.\s*)?\d{1,2}\.?\s*[a-zæøå]+\.?\s+\d{4}$|^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();
}
