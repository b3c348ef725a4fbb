using System.Text.RegularExpressions;
using Archive.Indexer.Extraction;
using Archive.Lucene;

namespace Archive.Indexer.Metadata;

/// <summary>
/// Decides a document's metadata: what the text and the file say, overridden field by field by the sidecar.
/// Every value set records where it came from.
/// </summary>
public static partial class MetadataBuilder
{
    public static DocumentMetadata Build(ExtractedText text, string fileName, Sidecar? sidecar)
    {
        ArgumentNullException.ThrowIfNull(text);
        var provenance = new Dictionary<string, string>();
        var (title, titleSource) = FindTitle(text, fileName);
        provenance[ArchiveFields.Title] = titleSource;
        var fromText = new DocumentMetadata { Title = title, Provenance = provenance };
        return sidecar is null ? fromText : Override(fromText, sidecar.Metadata);
    }

    private static DocumentMetadata Override(DocumentMetadata extracted, DocumentMetadata sidecar)
    {
        var provenance = new Dictionary<string, string>(extracted.Provenance);
        foreach (var (field, source) in sidecar.Provenance)
        {
            provenance[field] = source;
        }

        return new DocumentMetadata
        {
            Title = sidecar.Title ?? extracted.Title,
            Council = sidecar.Council ?? extracted.Council,
            Municipality = sidecar.Municipality ?? extracted.Municipality,
            Date = sidecar.Date ?? extracted.Date,
            Type = sidecar.Type ?? extracted.Type,
            Topics = sidecar.Provenance.ContainsKey(ArchiveFields.Topic) ? sidecar.Topics : extracted.Topics,
            CaseNumber = sidecar.CaseNumber ?? extracted.CaseNumber,
            Recipient = sidecar.Recipient ?? extracted.Recipient,
            Signatory = sidecar.Signatory ?? extracted.Signatory,
            SourceUrl = sidecar.SourceUrl ?? extracted.SourceUrl,
            Provenance = provenance,
        };
    }

    /// <summary>The file's own title property, else the first line that reads like a headline, else the file name.</summary>
    private static (string Title, string Source) FindTitle(ExtractedText text, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(text.EmbeddedTitle))
        {
            return (text.EmbeddedTitle.Trim(), "file-properties");
        }

        var firstPage = text.Pages.FirstOrDefault(page => page.Length > 0) ?? string.Empty;
        foreach (var rawLine in firstPage.Split('\n').Take(40))
        {
            var line = rawLine.Replace('\t', ' ').Trim();
            if (IsHeadline(line))
            {
                return (line, "text:first-line");
            }
        }

        return (Path.GetFileNameWithoutExtension(fileName), "file-name");
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
