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

    /// <param name="text">The document's text.</param>
    /// <param name="sourceUrl">Where it was published, if known.</param>
    /// <param name="isPolicy">A policy paper with no author of its own belongs to the board that adopted it.</param>
    public static Finding<string>? Find(string text, string? sourceUrl = null, bool isPolicy = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NationalBodies.Default.FindByHost(sourceUrl) is { } site)
        {
            return new Finding<string>(site, "url:host");
        }

        if (First(CommitteeLine().Matches(text)) is { } committee)
        {
            return new Finding<string>(committee, "text:committee-line");
        }

        // Agenda archives file each meeting under its committee: /dagsordener/senior-social-og-sundhedsudvalget/...
        if ((InAddress(text, sourceUrl) ?? NamedInAddress(sourceUrl)) is { } filedUnder)
        {
            return new Finding<string>(filedUnder, "url:path");
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
            .Select(group => (Name: group.Key, Score: Discount(group.Key) * group.Sum(mention => mention.Index < HeadlineLength ? 3 : 1), First: group.Min(mention => mention.Index)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.First)
            .FirstOrDefault();
        if (best.Name is not null && best.Score >= 1.5)
        {
            return new Finding<string>(best.Name, "text:mentions");
        }

        return isPolicy && First(Board().Matches(text)) is { } board ? new Finding<string>(board, "text:adopted-by") : null;
    }

    /// <summary>A body named in the text whose name, written as a web address writes it, is in the source address.</summary>
    private static string? InAddress(string text, string? sourceUrl)
    {
        if (sourceUrl is null || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = AddressForm(Uri.UnescapeDataString(uri.AbsolutePath + uri.Query));
        return Body().Matches(text)
            .Select(match => CouncilNames.Canonical(match.Groups["name"].Value))
            .Where(name => name is not null && !IsGeneric(name))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(name => name!.Length)
            .FirstOrDefault(name => AddressForm(name!) is { Length: >= 8 } form && path.Contains(form, StringComparison.Ordinal));
    }

    /// <summary>
    /// A body's name written out as a segment of the address, as some agenda archives do
    /// (kk.dk/dagsordener-og-referater/Borgerrepræsentationen/…). Lower-case slugs are left alone: their æ, ø and å are lost.
    /// </summary>
    private static string? NamedInAddress(string? sourceUrl)
    {
        if (sourceUrl is null || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.AbsolutePath.Split('/')
            .Select(segment => Uri.UnescapeDataString(segment).Trim())
            .Where(segment => AddressSegmentName().IsMatch(segment))
            .Select(CouncilNames.Canonical)
            .FirstOrDefault(name => name is not null && !IsGeneric(name));
    }

    /// <summary>Letters and digits only, in lower case, æ/ø/å written out: "Social- og Ældreudvalget" → "socialogaeldreudvalget".</summary>
    private static string AddressForm(string text)
    {
        var folded = text.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        return new string(folded.Where(char.IsAsciiLetterOrDigit).ToArray());
    }

    // The council and the municipal board are named in nearly every agenda item as the body that decides last;
    // a committee named as often is the one whose paper it is.
    private static double Discount(string name) =>
        name is "Byrådet" or "Kommunalbestyrelsen" or "Borgerrepræsentationen" or "Regionsrådet" ? 0.5 : 1;

    private static string? First(MatchCollection matches) =>
        matches.Select(match => CouncilNames.Canonical(match.Groups["name"].Value)).FirstOrDefault(name => name is not null && !IsGeneric(name));

    // Words that end like a body's name but name none in particular ("Rådet", "udvalget", "Fagudvalget").
    private static bool IsGeneric(string name) =>
        name is "Rådet" or "Udvalget" or "Forvaltningen" or "Bestyrelsen" or "Fagudvalget" or "Stående udvalget" or "Fagudvalgene"
            or "Kommunalråd" or "Formandskabet" or "Brugerrådet" or "Lokalrådet" or "Statsforvaltningen" or "Nærrådet" or "Elevrådet";

    // Committees with several fields list them with suspended hyphens, commas optional:
    // "Senior-, Social- og Sundhedsudvalget", "Beskæftigelses- og Integrationsudvalget", "Udvalget for Forebyggelse, Social og Sundhed".
    private const string NamePattern = @"(?<name>(Det|\p{Lu}\p{L}+) [Ll]okale [Bb]eskæftigelsesråd('?s)?|Udvalget for \p{Lu}\p{L}+((,[ \t]|[ \t]og[ \t]|[ \t])\p{Lu}\p{L}+){0,3}|Rådet for [Ss]ocialt [Uu]dsatte|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(råd|rådet|udvalg|udvalget|forvaltning|forvaltningen|[Kk]ommunalbestyrelse|[Kk]ommunalbestyrelsen|Borgerrepræsentation|Borgerrepræsentationen)s?|Det Lokale Beskæftigelsesråd)";

    // "Udvalg: Handicaprådet", "Udvalg Socialudvalget", "Forum: Udsatterådet", "Mødeforum: Byrådet".
    [GeneratedRegex(@"^[ \t]*(udvalg|forum|mødeforum|organ|råd)[ \t]*:?[ \t]+" + NamePattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeLine();

    [GeneratedRegex(@"(på vegne af|p\.v\.|hilsen fra)[ \t]*\n?[ \t]*" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    // "Udsatterådets høringssvar", "Høringssvar fra Handicaprådet", "Ældrerådets bemærkninger", "Udtalelse fra ...".
    [GeneratedRegex(NamePattern + @"[ \t]+(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|svar)|(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|brev|svar)[ \t]+fra[ \t]+" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnStatement();

    [GeneratedRegex(@"(?<name>Rådet for [Ss]ocialt [Uu]dsatte|Kommunernes Landsforening|\bKL\b|Danske Regioner|Det Centrale Handicapråd|\bSFI\b|Styrelsen for \p{Lu}\p{L}+( og \p{Lu}\p{L}+)?|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(ministeriet|(?<!be)styrelsen))", RegexOptions.CultureInvariant)]
    private static partial Regex NationalBody();

    [GeneratedRegex(NamePattern + @"(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(-,?)?( \p{L}\p{Ll}*(-,?)?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressSegmentName();

    // The municipal board, however it is written in running text ("byrådet", "Tønder Byråd", "Kommunalbestyrelsens").
    [GeneratedRegex(@"(?<!\p{L})(?<name>[Bb]yråd(et)?|[Kk]ommunalbestyrelsen?|[Bb]orgerrepræsentationen)s?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Board();

    // A page or paper whose first line is the body's name ("Senior-, Social- og Sundhedsudvalget", "Udsatterådet").
    [GeneratedRegex(@"\A\s*" + NamePattern + @"[ \t]*(\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineBody();
}
