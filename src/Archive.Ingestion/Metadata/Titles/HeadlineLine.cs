using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata.Municipalities;

namespace Archive.Ingestion.Metadata.Titles;

/// <summary>
/// Finds the headline among the first lines of a document's text: the first line that reads like a headline once the
/// web page's navigation, cookie banners, breadcrumbs, a site's name and a meeting page's fields are passed over.
/// </summary>
internal static partial class HeadlineLine
{
    private const int LinesRead = 60;
    private const int MaxLength = 200;
    private const int SentenceWords = 12;

    /// <summary>The headline of <paramref name="page"/>, or null when none of its first lines reads like one.</summary>
    public static string? Find(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = page.Split('\n')
            .Select(line => line.Replace('\t', ' ').Trim())
            .Where(line => line.Length > 0)
            .Take(LinesRead)
            .ToList();

        if (MirroredTitle(lines) is { } mirrored)
        {
            return mirrored;
        }

        // A mirror's copy of the document starts after its "Transkript" line, below the mirror's own page.
        var transcript = lines.FindIndex(line => MirrorTranscript().IsMatch(line));
        for (var index = transcript + 1; index < lines.Count; index++)
        {
            var next = index + 1 < lines.Count ? lines[index + 1] : null;
            if (FieldLabel().IsMatch(lines[index]))
            {
                // An agenda laid out as a form ("UDVALG" / "Handicaprådet" / "MØDE" / "Referat"): the value is no headline either.
                index++;
                continue;
            }

            if (IsBoilerplate(lines[index]) || !IsHeadline(lines[index]) || IsLetterhead(lines[index], next))
            {
                continue;
            }

            return Complete(lines, index);
        }

        return null;
    }

    /// <summary>
    /// A document mirror (docplayer and the like) shows the document's title on its first line, above its download
    /// link (<c>Download "…"</c>) and the transcript of the document.
    /// </summary>
    private static string? MirroredTitle(List<string> lines) =>
        lines.Count > 1 && lines.Skip(1).Take(10).Any(line => MirrorDownloadLink().IsMatch(line) || MirrorTranscript().IsMatch(line))
            && lines[0].Length <= MaxLength && lines[0].Count(char.IsLetter) >= 3 && !char.IsLower(lines[0][0])
            ? lines[0]
            : null;

    /// <summary>
    /// The headline at <paramref name="index"/>, without an agenda item's number, continued on the next line when it
    /// breaks after a preposition ("KONTRAKT FOR" / "Musvågevej 2007"), or replaced by the next line when that line
    /// spells it out ("Kvalitetsstandard" / "Kvalitetsstandard for stof- og alkoholmisbrug").
    /// </summary>
    private static string Complete(List<string> lines, int index)
    {
        var line = lines[index];
        var next = index + 1;
        while (next < lines.Count && lines[next] == line)
        {
            next++;
        }

        if (next < lines.Count && IsHeadline(lines[next]))
        {
            var following = lines[next];
            if (following.Length > line.Length && following.StartsWith(line + " ", StringComparison.Ordinal))
            {
                line = following;
            }
            else if (EndsWithPreposition().IsMatch(line) && line.Length + following.Length < MaxLength)
            {
                line = $"{line} {following}";
            }
        }

        return AgendaItemNumber().Replace(line, string.Empty);
    }

    /// <summary>True when <paramref name="line"/> can stand as a title: a headline, not a page's furniture.</summary>
    public static bool IsTitle(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return IsHeadline(line) && !IsBoilerplate(line);
    }

    private static bool IsHeadline(string line) =>
        line.Length is >= 4 and <= MaxLength
        && line.Count(char.IsLetter) >= 3
        && !char.IsLower(line[0])
        && !IsSentence(line)
        && !IsListItem(line)
        && !AddressOrContactLine().IsMatch(line)
        && !DateOnlyLine().IsMatch(line);

    /// <summary>
    /// What a saved web page or an agenda system puts above the headline: navigation, banners, breadcrumbs, the
    /// site's name and the meeting's fields.
    /// </summary>
    private static bool IsBoilerplate(string line) =>
        NavigationLine().IsMatch(line)
        || SiteLine().IsMatch(line)
        || MeetingField().IsMatch(line)
        || line.Contains('@', StringComparison.Ordinal)
        || IsBreadcrumb(line)
        || IsPlaceName(line);

    /// <summary>
    /// A body's name above a short title line is the letterhead, not the title: "Udvalget for Specialiserede
    /// Borgerindsatser" / "Politiske pejlemærker". A body's name followed by a date, a field or a sentence heads a page
    /// about the body or its meeting, and stays.
    /// </summary>
    private static bool IsLetterhead(string line, string? next) =>
        next is not null && BodyName().IsMatch(line)
        && IsHeadline(next) && !IsBoilerplate(next) && !BodyName().IsMatch(next)
        && !next.Any(char.IsDigit) && !next.EndsWith('.') && next.Split(' ').Length <= 8;

    // A breadcrumb runs from the home page to the page itself: "Hjem Borger Handicap Serviceniveauer på socialområdet".
    private static bool IsBreadcrumb(string line) => line.StartsWith("Hjem ", StringComparison.Ordinal);

    // A long line ending in a full stop is the first sentence of the text, not its headline.
    private static bool IsSentence(string line) => line.EndsWith('.') && line.Split(' ').Length > SentenceWords;

    // A municipality's name alone is the site's or the section's name ("Frederiksberg", "Esbjerg Kommune", "Kommune").
    private static bool IsPlaceName(string line) =>
        line.Equals("Kommune", StringComparison.OrdinalIgnoreCase) || MunicipalityGazetteer.Default.FindByName(line) is not null;

    // A bulleted line is a quote or a list item, not a headline.
    private static bool IsListItem(string line) => line[0] is '•' or '·' or '▪' or '◦' or '-' or '–' or '*' or '|';

    // Letter headers ("Til:", "Fra:", "Dato:") precede the headline in Danish letters and statements.
    [GeneratedRegex(@"^(til|fra|dato|vedr|kontaktperson|tlf|telefon|mail|e-mail|sagsnr|j\.nr|journalnr)\b\.?:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressOrContactLine();

    // Web pages saved as text begin with the site's navigation: skip links, "You are here", menus, buttons.
    [GeneratedRegex(
        @"^(gå (direkte )?til (hoved)?indhold|spring til|skip til|skip to|skip navigation|you are here|du er her|tilbage til|velkommen til|[«»<>])|^(menu|hovedmenu|søg|vælg|tilbage|luk alle|åben alle|fold alle|se alle bilag|print|udskriv|del)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationLine();

    // Banners and links of the site itself: cookie notices, logos, social media, "Gå ikke glip af …".
    [GeneratedRegex(@"cookie|\blogo$|\b(facebook|linkedin|instagram|twitter)\b|^gå ikke glip af|^(dagsordenpunkter|indholdsfortegnelse)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteLine();

    // The fields of an agenda or minutes page ("Mødedato: 3. september 2020", "Udvalg: Handicaprådet").
    [GeneratedRegex(
        @"^(mødedato|mødested|mødetidspunkt|mødetid|sted|tid|tidspunkt|udvalg|kategori|type|lokale|lokation|deltagere|medlemmer|afbud|fraværende|publiceret|starttidspunkt|sluttidspunkt|kompetence|størrelse|upload)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingField();

    [GeneratedRegex(@"^(d\.\s*)?\d{1,2}\.?\s*[a-zæøå]+\.?\s+\d{4}$|^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    // The name of a council, committee or administration alone on its line: "Udvalget for Specialiserede
    // Borgerindsatser", "Social- og Sundhedsudvalget", "Rådet for Socialt Udsatte" (no "område", no sentence).
    [GeneratedRegex(@"^(?!(referat|dagsorden|beslutningsprotokol|notat|høringssvar)\b)((udvalget|rådet) for( \p{L}+){1,3}|(\p{L}+-? (og )?){0,3}\p{L}*(udvalg|udvalget|(?<!om)(råd|rådet)|forvaltning|forvaltningen|bestyrelsen|repræsentationen))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    // The label of a field on its own line, its value on the next.
    [GeneratedRegex(@"^(UDVALG|MØDE|STED|STARTTIDSPUNKT|SLUTTIDSPUNKT)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(transkript|transcript)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MirrorTranscript();

    [GeneratedRegex(@"^Download\s+""", RegexOptions.CultureInvariant)]
    private static partial Regex MirrorDownloadLink();

    // A headline does not end on a preposition: it goes on in the next line.
    [GeneratedRegex(@"\s(for|til|af|om|i|og|med|på|ved|over|fra|vedrørende)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithPreposition();

    // "11. Budget - forslag 2021-2024": an agenda item's number is not part of its title.
    [GeneratedRegex(@"^\d{1,3}\.\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaItemNumber();
}
