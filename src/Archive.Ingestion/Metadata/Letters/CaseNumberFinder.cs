using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Metadata.Letters;

/// <summary>
/// Finds the case number a document is filed under: "Sagsnr. 2012-6834", "Sagsnr.: 18/924",
/// "Acadre sagsnr.: 07/3026", "J.nr. 29.00.00-A26-1-14", "Sag nr. 2020 - 2853" (written across a line break too).
/// </summary>
internal static partial class CaseNumberFinder
{
    public static Finding<string>? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = CaseNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = Spaces().Replace(match.Groups["number"].Value.Trim(), " ");

        // "2020 - 2853" is how some letterheads space the year from the serial; the archive writes "2020-2853" (and "18/924").
        value = SpacedDash().Replace(value, "$1");
        return new Finding<string>(value, ProvenanceSources.TextCaseNumber);
    }

    [GeneratedRegex(@"\b(sagsnr|sags nr|sag nr|sagsnummer|j\.\s?nr|journalnr|journalnummer|jnr|dok\.?\s?nr)\b\.?[ \t]*:?[ \t]*\n?[ \t]*(?<number>\d[\d./A-Za-z-]*(?:[ \t]?[-/][ \t]?\d[\d./A-Za-z-]*)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*([-/])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();
}
