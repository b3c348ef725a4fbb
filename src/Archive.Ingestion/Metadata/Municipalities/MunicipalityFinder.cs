using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Metadata.Municipalities;

/// <summary>
/// Finds the municipality of a document's author in its text. Texts name many municipalities (a hearing lists
/// who was heard, a report compares cities), so evidence is ranked: the signature, then the author body's own
/// name ("Udsatterådet i Holbæk"), then the letterhead, and only then how often and how early one is named.
/// </summary>
internal sealed partial class MunicipalityFinder(MunicipalityGazetteer gazetteer)
{
    /// <summary>The letterhead: the first lines, where a letter or agenda names its sender.</summary>
    private const int LetterheadLines = 6;

    /// <summary>How often a bare town name must occur, without "Kommune", before it is taken for the author's.</summary>
    private const int BareNameScore = 4;

    public static MunicipalityFinder Default { get; } = new(MunicipalityGazetteer.Default);

    public Finding<string>? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = gazetteer.FindMentions(text).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        foreach (Match signature in SignatureLine().Matches(text))
        {
            if (mentions.FirstOrDefault(mention => Within(mention, signature)) is { } signed)
            {
                return new Finding<string>(signed.Municipality.Name, ProvenanceSources.TextSignature);
            }
        }

        foreach (Match body in AuthorBody().Matches(text))
        {
            var place = body.Groups["place"];
            // Regions host many councils' meetings and reports; only a municipality is a council's home here.
            if (mentions.FirstOrDefault(mention => mention.Index == place.Index && !mention.Municipality.IsRegion) is { } named)
            {
                return new Finding<string>(named.Municipality.Name, ProvenanceSources.TextAuthorBody);
            }
        }

        var letterheadEnd = LetterheadEnd(text);
        if (mentions.FirstOrDefault(mention => mention.IsFullName && mention.Index < letterheadEnd) is { } letterhead)
        {
            return new Finding<string>(letterhead.Municipality.Name, ProvenanceSources.TextLetterhead);
        }

        // Full names count double, and a mention in the first part of the text counts double again: the
        // author is named early and often; a municipality used as an example is named once, further down.
        // A town named only by its bare name is a place (an address, a news story's setting), not an author.
        var best = mentions
            .GroupBy(mention => mention.Municipality)
            .Select(group => (Municipality: group.Key, Score: group.Sum(Weight), First: group.Min(mention => mention.Index), Full: group.Any(mention => mention.IsFullName)))
            .Where(candidate => candidate.Full || candidate.Score >= BareNameScore)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.First)
            .FirstOrDefault();
        if (best.Municipality is not null && best.Score >= 2)
        {
            return new Finding<string>(best.Municipality.Name, ProvenanceSources.TextMentions);
        }

        // A postal address ("Strandstræde 5, 4300 Holbæk") is where the sender or the meeting sits: weak evidence,
        // used only when the text names no municipality otherwise.
        foreach (Match address in PostalAddress().Matches(text))
        {
            var town = address.Groups["town"];
            if (mentions.FirstOrDefault(mention => mention.Index == town.Index && !mention.Municipality.IsRegion) is { } addressed)
            {
                return new Finding<string>(addressed.Municipality.Name, ProvenanceSources.TextAddress);
            }
        }

        return null;
    }

    private static int Weight(MunicipalityMention mention) =>
        (mention.IsFullName ? 2 : 1) * (mention.Index < 600 ? 2 : 1);

    private static bool Within(MunicipalityMention mention, Match match) =>
        mention.Index >= match.Index && mention.Index < match.Index + match.Length;

    private static int LetterheadEnd(string text)
    {
        var index = 0;
        var lines = 0;
        while (index < text.Length && lines < LetterheadLines)
        {
            var end = text.IndexOf('\n', index);
            if (end < 0)
            {
                return text.Length;
            }

            if (!string.IsNullOrWhiteSpace(text[index..end]))
            {
                lines++;
            }

            index = end + 1;
        }

        return index;
    }

    // "På vegne af Udsatterådet i Københavns Kommune", "Med venlig hilsen ... Holbæk Kommune": the sender signs.
    [GeneratedRegex(@"(på vegne af|p\.v\.|med venlig hilsen|venlig hilsen|mvh\.?)[^\n]{0,40}(\n[^\n]{0,80}){0,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignatureLine();

    // Danish postal codes are four digits before the town: "4300 Holbæk", "DK-2630 Taastrup".
    [GeneratedRegex(@"(?<![\p{N}.,-])(DK-)?[1-9]\d{3}[ \t]+(?<town>\p{Lu}[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PostalAddress();

    // A council names itself with its place: "Udsatterådet i Holbæk", "Handicaprådet i Aarhus Kommune". The body's
    // word ends in one of these; the letters before it do not matter, and matching them from every word's start
    // (a leading \p{L}*) made the engine try every word of the text, 2 % of an ingest's CPU.
    [GeneratedRegex(@"(rådet|råd|udvalget|forvaltningen|[Kk]ommunalbestyrelsen|Borgerrepræsentationen)s?\s+(i|for)\s+(?<place>\p{Lu}[\p{L}-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBody();
}
