using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Metadata.Councils;

/// <summary>
/// Finds the body that wrote or owns a document: the committee line of an agenda ("Udvalg: Handicaprådet"), the
/// signature ("På vegne af Udsatterådet"), the body named in the headline ("Udsatterådets høringssvar"), a national
/// body in the letterhead, and failing those the body the text names most, early.
/// </summary>
internal static partial class CouncilFinder
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
            return new Finding<string>(site, ProvenanceSources.UrlHost);
        }

        if (First(CommitteeLine().Matches(text)) is { } committee)
        {
            return new Finding<string>(committee, ProvenanceSources.TextCommitteeLine);
        }

        // Minutes and agendas name their body in the heading: "Referat til mødet i Kommunalbestyrelsen", "Referat Aarhus Byråd".
        var head = Head(text);
        if (MeetingHeading().Match(head) is { Success: true } heading && CouncilNames.Canonical(heading.Groups["name"].Value) is { } meeting && !IsGeneric(meeting))
        {
            // "Referat AALBORG BYRÅD Aalborg Byråd Familie- og Socialudvalget": the board's archive, the committee's meeting.
            var after = head.Substring(heading.Index + heading.Length, Math.Min(60, head.Length - heading.Index - heading.Length));
            var ownCommittee = Discount(meeting) < 1 ? First(Body().Matches(after).Where(match => Discount(CouncilNames.Canonical(match.Groups["name"].Value) ?? string.Empty) == 1)) : null;
            return new Finding<string>(ownCommittee ?? meeting, ProvenanceSources.TextMeetingHeading);
        }

        // Agenda archives file each meeting under its committee: /dagsordener/senior-social-og-sundhedsudvalget/...
        if (FiledUnder(text, sourceUrl) is { } filedUnder)
        {
            return new Finding<string>(filedUnder, ProvenanceSources.UrlPath);
        }

        if (First(Signature().Matches(text)) is { } signed)
        {
            return new Finding<string>(signed, ProvenanceSources.TextSignature);
        }

        // "Administrationen indstiller til udvalget for Forebyggelse, Social og Sundhed": an agenda item goes to the body that decides it.
        if (First(RecommendedTo().Matches(text)) is { } decides)
        {
            return new Finding<string>(decides, ProvenanceSources.TextRecommendedTo);
        }

        // "Publikationen er udgivet af Socialstyrelsen": the colophon names the author.
        if (First(Publisher().Matches(text)) is { } publisher)
        {
            return new Finding<string>(publisher, ProvenanceSources.TextPublisher);
        }

        // An answer to a question put "til social- og boligministeren, som hermed besvares" is the ministry's.
        if (AnsweringMinister().Match(text) is { Success: true } answer)
        {
            return new Finding<string>(Ministry(answer.Groups["field"].Value), ProvenanceSources.TextAnsweringMinister);
        }

        if (First(HeadlineBody().Matches(head)) is { } headline)
        {
            return new Finding<string>(headline, ProvenanceSources.TextHeadline);
        }

        if (First(OwnStatement().Matches(head)) is { } own)
        {
            return new Finding<string>(own, ProvenanceSources.TextHeadline);
        }

        if (First(NationalBody().Matches(head)) is { } national)
        {
            return new Finding<string>(national, ProvenanceSources.TextLetterhead);
        }

        // The body named most, with mentions near the top counting more: an agenda names its committee
        // throughout, a hearing response names the body answering far more often than the one asking.
        var best = Body().Matches(text)
            .Where(match => !LegalVoice().IsMatch(text, match.Index + match.Length) && !FilingStamp().IsMatch(text, match.Index + match.Length))
            .Select(match => (Name: CouncilNames.Canonical(match.Groups["name"].Value), match.Index))
            .Where(mention => mention.Name is not null && !IsGeneric(mention.Name))
            .GroupBy(mention => mention.Name!)
            .Select(group => (Name: group.Key, Score: Discount(group.Key) * group.Sum(mention => mention.Index < HeadlineLength ? 3 : 1), First: group.Min(mention => mention.Index)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.First)
            .FirstOrDefault();
        if (best.Name is not null && best.Score >= 1.5)
        {
            return new Finding<string>(best.Name, ProvenanceSources.TextMentions);
        }

        // Only a board said to adopt or want something: "vedtaget af Byrådet", "det serviceniveau, byrådet ønsker"; a board merely
        // named ("kommunalbestyrelsen har visiteret til") is the law's general subject.
        var adoptedBy = Board().Matches(text).Where(match => !LegalVoice().IsMatch(text, match.Index + match.Length) && Adopts(text, match));
        return isPolicy && First(adoptedBy) is { } board ? new Finding<string>(board, ProvenanceSources.TextAdoptedBy) : null;
    }

    /// <summary>
    /// The body an agenda archive files the page under. A slug that spells out more of the name than the text does
    /// wins ("social--og-seniorudvalget" over a text's "Seniorudvalget").
    /// </summary>
    private static string? FiledUnder(string text, string? sourceUrl)
    {
        var named = InAddress(text, sourceUrl) ?? NamedInAddress(sourceUrl);
        var slug = SlugInAddress(sourceUrl);
        return slug is not null && (named is null || (slug != named && AddressForm(slug).EndsWith(AddressForm(named), StringComparison.Ordinal)))
            ? slug
            : named;
    }

    /// <summary>
    /// A body named in the text whose name, written as a web address writes it, is in the source address. The municipal
    /// board does not count: agenda archives put it in the address of every committee's meetings.
    /// </summary>
    private static string? InAddress(string text, string? sourceUrl)
    {
        if (sourceUrl is null || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = AddressForm(Uri.UnescapeDataString(uri.AbsolutePath + uri.Query));
        return Body().Matches(text)
            .Select(match => CouncilNames.Canonical(match.Groups["name"].Value))
            .Where(name => name is not null && !IsGeneric(name) && Discount(name) == 1)
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

    /// <summary>
    /// The top of the document itself. Document mirrors put their viewer's text first ("Størrelse: px Starte visningen
    /// fra side: Download … Transkript"); the document starts after it.
    /// </summary>
    private static string Head(string text)
    {
        var viewer = text.IndexOf("Transkript", 0, Math.Min(text.Length, 2 * HeadlineLength), StringComparison.Ordinal);
        var start = viewer < 0 ? 0 : viewer + "Transkript".Length;
        return text.Substring(start, Math.Min(text.Length - start, HeadlineLength));
    }

    private static bool Adopts(string text, Match board)
    {
        var from = Math.Max(0, board.Index - 80);
        var to = Math.Min(text.Length, board.Index + board.Length + 80);
        return Adoption().IsMatch(text[from..to]);
    }

    /// <summary>"social- og bolig" (from "social- og boligministeren") → "Social- og Boligministeriet".</summary>
    private static string Ministry(string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word is "og" ? word : char.ToUpperInvariant(word[0]) + word[1..]);
        return string.Join(' ', words) + "ministeriet";
    }

    /// <summary>
    /// A committee or council written as a lower-case slug in the address, as agenda archives do
    /// (/dagsordener-og-referater/oekonomiudvalget-(18-21)/): æ, ø and å come back from ae, oe and aa, and fields
    /// joined by "og" get their suspended hyphen ("social-og-seniorudvalget" → "Social- og Seniorudvalget").
    /// </summary>
    private static string? SlugInAddress(string? sourceUrl)
    {
        if (sourceUrl is null || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        foreach (var segment in uri.AbsolutePath.Split('/').Select(part => TermInSlug().Replace(Uri.UnescapeDataString(part).ToLowerInvariant(), string.Empty).Replace("--", "-", StringComparison.Ordinal)))
        {
            if (!CouncilSlug().IsMatch(segment))
            {
                continue;
            }

            var words = segment.Replace("ae", "æ", StringComparison.Ordinal).Replace("oe", "ø", StringComparison.Ordinal).Replace("aa", "å", StringComparison.Ordinal).Split('-');
            var and = Array.IndexOf(words, "og");
            var written = string.Join(' ', words.Select((word, index) =>
                word is "og" ? word
                : char.ToUpperInvariant(word[0]) + word[1..] + (index < and ? "-" : string.Empty)));
            if (CouncilNames.Canonical(written) is { } name && !IsGeneric(name))
            {
                return name;
            }
        }

        return null;
    }

    private static string? First(IEnumerable<Match> matches) =>
        matches.Select(match => CouncilNames.Canonical(match.Groups["name"].Value)).FirstOrDefault(name => name is not null && !IsGeneric(name));

    private static string? First(MatchCollection matches) =>
        matches.Select(match => CouncilNames.Canonical(match.Groups["name"].Value)).FirstOrDefault(name => name is not null && !IsGeneric(name));

    // Words that end like a body's name but name none in particular ("Rådet", "udvalget", "Fagudvalget").
    private static bool IsGeneric(string name) =>
        name is "Rådet" or "Udvalget" or "Forvaltningen" or "Bestyrelsen" or "Fagudvalget" or "Stående udvalget" or "Fagudvalgene"
            or "Kommunalråd" or "Formandskabet" or "Brugerrådet" or "Lokalrådet" or "Statsforvaltningen" or "Nærrådet" or "Elevrådet";

    // The municipal board's names are whole words, not endings of longer names as "-rådet" and "-udvalget" are.
    // Committees with several fields list them with suspended hyphens, commas optional:
    // "Senior-, Social- og Sundhedsudvalget", "Beskæftigelses- og Integrationsudvalget", "Udvalget for Forebyggelse, Social og Sundhed".
    private const string NamePattern = @"(?<name>(Det|\p{Lu}\p{L}+) [Ll]okale [Bb]eskæftigelsesråd('?s)?|[Uu]dvalget for \p{Lu}\p{L}+((,[ \t]|[ \t]og[ \t]|[ \t])\p{Lu}\p{L}+){0,3}|Rådet for [Ss]ocialt [Uu]dsatte|Rådet for \p{Lu}\p{L}+([ \t]\p{Lu}\p{L}+){0,2}|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(råd|rådet|udvalg|udvalget|forvaltning|forvaltningen|[Kk]ommunalbestyrelse|[Kk]ommunalbestyrelsen|Borgerrepræsentation|Borgerrepræsentationen)s?|Det Lokale Beskæftigelsesråd|(?<!\p{L})[Kk]ommunalbestyrelsens?|(?<!\p{L})[Bb]orgerrepræsentationens?)";

    // "Udvalg: Handicaprådet", "Udvalg Socialudvalget", "Forum: Udsatterådet", "Mødeforum: Byrådet".
    [GeneratedRegex(@"^[ \t]*(udvalg|forum|mødeforum|organ|råd)[ \t]*:?[ \t]+" + NamePattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeLine();

    [GeneratedRegex(@"(på vegne af|p\.v\.|hilsen fra)[ \t]*\n?[ \t]*" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    // "Udsatterådets høringssvar", "Høringssvar fra Handicaprådet", "Ældrerådets bemærkninger", "Udtalelse fra ...".
    [GeneratedRegex(NamePattern + @"[ \t]+(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|svar)|(høringssvar|bemærkninger|kommentarer|udtalelse|henvendelse|brev|svar)[ \t]+fra[ \t]+" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnStatement();

    [GeneratedRegex(@"(?<name>Rådet for [Ss]ocialt [Uu]dsatte|RÅDET FOR SOCIALT UDSATTE|Kommunernes Landsforening|\bKL\b|Danske Regioner|Det Centrale Handicapråd|\bSFI\b|Styrelsen for \p{Lu}\p{L}+( og \p{Lu}\p{L}+)?|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(ministeriet|(?<!be)styrelsen))", RegexOptions.CultureInvariant)]
    private static partial Regex NationalBody();

    [GeneratedRegex(NamePattern + @"(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    [GeneratedRegex(@"(referat|dagsorden|beslutningsprotokol)[ \t]*[-–:]?[ \t]*((fra|til|for)[ \t]+)?(mødet?[ \t]+i[ \t]+)?(\p{Lu}\p{L}+[ \t]+(?=\p{Lu}\p{L}*(råd|udvalg)))?" + NamePattern + @"(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeetingHeading();

    // "oekonomiudvalget", "social-og-seniorudvalget", "handicapraadet": one body, in the definite form (an archive's
    // "byraad-og-udvalg" folder names none); the term of office "-(18-21)" is dropped first.
    [GeneratedRegex(@"^([a-z]+-)+og-[a-z]{2,}(udvalget|raadet)$|^[a-z]{2,}(udvalget|raadet)$", RegexOptions.CultureInvariant)]
    private static partial Regex CouncilSlug();

    [GeneratedRegex(@"-?\(\d{2}-\d{2}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TermInSlug();

    // Papers filed with a parliamentary committee carry its stamp ("Socialudvalget 2024-25 SOU Alm.del Bilag 446
    // Offentligt"): the committee received the paper, it did not write it.
    [GeneratedRegex(@"\G[ \t]+(19|20)\d\d-\d\d\b[\s\S]{0,40}?\b(Bilag|Offentligt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FilingStamp();

    [GeneratedRegex(@"(administrationen|forvaltningen|direktionen|direktøren)[ \t]+indstiller[ \t]*,?[ \t]+til[ \t]+" + NamePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecommendedTo();

    [GeneratedRegex(@"\b(vedtag|vedtog|godkend|beslut|tiltr[åa]d|ønsk|fastsat|fastsæt|fastlag)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Adoption();

    // Quoted law speaks of the board in general: "Kommunalbestyrelsen skal tilbyde …", "Kommunalbestyrelsen i den
    // enkelte kommune skal …", "Kommunalbestyrelsen er ansvarlig for …" name no author.
    [GeneratedRegex(@"\G([ \t]+i[ \t]+(den[ \t]+enkelte[ \t]+kommune|kommunen))?,?[ \t]+(skal|kan|må|bør|har pligt|har ansvar|er ansvarlig|træffer afgørelse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalVoice();

    [GeneratedRegex(@"(udgivet|udarbejdet)[ \t]+af[ \t]*\n?[ \t]*(?<name>Rådet for [Ss]ocialt [Uu]dsatte|Kommunernes Landsforening|\bKL\b|Danske Regioner|(\p{Lu}\p{L}*-,?[ \t]+(\p{L}+-,?[ \t]+)*og[ \t]+)?\p{Lu}\p{L}*(ministeriet|(?<!be)styrelsen|rådet|udvalget|forvaltningen))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Publisher();

    [GeneratedRegex(@"\btil\s+(?<field>(\p{Ll}+-,?\s+)*(og\s+)?\p{Ll}+)ministeren,?\s+(som|der)\s+hermed\s+besvares", RegexOptions.CultureInvariant)]
    private static partial Regex AnsweringMinister();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(-,?)?( \p{L}\p{Ll}*(-,?)?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressSegmentName();

    // The municipal board, however it is written in running text ("byrådet", "Tønder Byråd", "Kommunalbestyrelsens").
    [GeneratedRegex(@"(?<!\p{L})(?<name>[Bb]yråd(et)?|[Kk]ommunalbestyrelsen?|[Bb]orgerrepræsentationen)s?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Board();

    // A page or paper whose first line is the body's name ("Senior-, Social- og Sundhedsudvalget", "Udsatterådet").
    [GeneratedRegex(@"\A\s*" + NamePattern + @"[ \t]*(\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineBody();
}
