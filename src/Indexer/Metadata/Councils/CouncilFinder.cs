using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata.Councils;

/// <summary>
/// Finds the body that wrote or owns a document: the committee line of an agenda ("Udvalg: Handicaprådet"), the
/// signature ("På vegne af Udsatterådet"), the body named in the headline ("Udsatterådets høringssvar"), a national
/// body in the letterhead, and failing those the body the text names most, early.
/// </summary>
public static partial class CouncilFinder
{
    private const int HeadlineLength = 300;

    public static Finding<string>? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (First(CommitteeLine().Matches(text)) is { } committee)
        {
            return new Finding<string>(committee, "text:committee-line");
        }

        if (First(Signature().Matches(text)) is { } signed)
        {
            return new Finding<string>(signed, "text:signature");
        }

        var head = text[..Math.Min(text.Length, HeadlineLength)];
        if (First(HeadlineBody().Matches(head)) is { } headline)
        {
            return new Finding<string>(headline, "text:headline");
        }

        if (First(OwnStatement().Matches(head)) is { } own)
        {
            return new Finding<string>(own, "text:headline");
        }

        if (First(NationalBody().Matches(head)) is { } national)
        {
            return new Finding<string>(national, "text:letterhead");
        }

        // The body named most, with mentions near the top counting more: an agenda names its committee
        // throughout, a hearing response names the body answering far more often than the one asking.
        var best = Body().Matches(text)
            .Select(match => (Name: CouncilNames.Canonical(match.Groups["name"].Value), match.Index))
            .Where(mention => mention.Name is not null && !IsGeneric(mention.Name))
            .GroupBy(mention => mention.Name!)
            .Select(group => (Name: group.Key, Score: group.Sum(mention => mention.Index < HeadlineLength ? 3 : 1), First: group.Min(mention => mention.Index)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.First)
            .FirstOrDefault();
        return best.Name is not null && best.Score >= 2 ? new Finding<string>(best.Name, "text:mentions") : null;
    }

    private static string? First(MatchCollection matches) =>
        matches.Select(match => CouncilNames.Canonical(match.Groups["name"].Value)).FirstOrDefault(name => name is not null && !IsGeneric(name));

    // Words that end like a body's name but name none in particular ("Rådet", "udvalget", "Fagudvalget").
    private static bool IsGeneric(string name) =>
        name.EndsWith("området", StringComparison.Ordinal) || name.EndsWith("området", StringComparison.Ordinal) || name is "Rådet" or "Udvalget" or "Forvaltningen" or "Bestyrelsen" or "Fagudvalget" or "Stående udvalget" or "Fagudvalgene"
            or "Kommunalråd" or "Formandskabet" or "Brugerrådet" or "Lokalrådet" or "Statsforvaltningen" or "Nærrådet" or "Elevrådet";

    // Committees with several fields list them with suspended hyphens, commas optional:
    // "Senior-, Social- og Sundhedsudvalget", "Beskæftigelses- og Integrationsudvalget", "Udvalget for Forebyggelse, Social og Sundhed".
    private const string NamePattern = @"(?<name>Det [Ll]okale [Bb]eskæftigelsesråd|Udvalget for \p{Lu}\p{L}+((,[ \t]|[ \t]og[ \t]|[ \t])\p{Lu}\p{L}+){0,3}|Rådet for [Ss]ocialt [Uu]dsatte|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(råd|rådet|udvalg|udvalget|forvaltning|forvaltningen|[Kk]ommunalbestyrelse|[Kk]ommunalbestyrelsen|Borgerrepræsentation|Borgerrepræsentationen)s?|Det Lokale Beskæftigelsesråd)";

    // "Udvalg: Handicaprådet", "Udvalg Socialudvalget", "Forum: Udsatterådet", "Mødeforum: Byrådet".
    [GeneratedRegex(@"^[ \t]*(udvalg|forum|mødeforum|organ|råd)[ \t]*:?[ \t]+" + NamePattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeLine();

    [GeneratedRegex(@"(på vegne af|p\.v\.|hilsen fra)[ \t]*\n?[ \t]*" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    // "Udsatterådets høringssvar", "Høringssvar fra Handicaprådet", "Ældrerådets bemærkninger", "Udtalelse fra ...".
    [GeneratedRegex(NamePattern + @"[ \t]+(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|svar)|(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|brev|svar)[ \t]+fra[ \t]+" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnStatement();

    [GeneratedRegex(@"(?<name>Rådet for [Ss]ocialt [Uu]dsatte|Socialstyrelsen|Kommunernes Landsforening|\bKL\b|Social- og Boligministeriet|Social- og Indenrigsministeriet|Social- og Ældreministeriet|Socialministeriet|Danske Regioner|Det Centrale Handicapråd)", RegexOptions.CultureInvariant)]
    private static partial Regex NationalBody();

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    // A page or paper whose first line is the body's name ("Senior-, Social- og Sundhedsudvalget", "Udsatterådet").
    [GeneratedRegex(@"\A\s*" + NamePattern + @"[ \t]*(\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineBody();
}
