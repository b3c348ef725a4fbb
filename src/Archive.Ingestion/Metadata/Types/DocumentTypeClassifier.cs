using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Metadata.Types;

/// <summary>
/// Decides a document's type from its headline, its header lines and its source address. The headline says
/// most ("Høringssvar …", "Referat …", "Notat …"); an agenda item becomes minutes once a decision is recorded;
/// a news site or a news path makes a news item.
/// </summary>
internal static partial class DocumentTypeClassifier
{
    /// <summary>How much of the top of the text counts as the headline and header.</summary>
    private const int HeaderLength = 350;

    /// <summary>The headline proper: policy words further down are usually references to other papers.</summary>
    private const int HeadlineLength = 200;

    public static Finding<string> Classify(string text, string? title, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = (title ?? string.Empty) + "\n" + text[..Math.Min(text.Length, HeaderLength)];
        var headline = (title ?? string.Empty) + "\n" + text[..Math.Min(text.Length, HeadlineLength)];
        var path = UrlPath(sourceUrl);

        if (IsNewsSite(sourceUrl) || NewsPath().IsMatch(path) || NewsOpening().IsMatch(text))
        {
            return new Finding<string>(DocumentTypes.News, ProvenanceSources.UrlNews);
        }

        if (MeetingHeader().IsMatch(header) || MeetingPath().IsMatch(path))
        {
            // An agenda item with its decision written down is minutes.
            var decided = Decision().IsMatch(text) || MinutesWord().IsMatch(header) || MinutesPath().IsMatch(path);
            return new Finding<string>(decided ? DocumentTypes.Minutes : DocumentTypes.Agenda, ProvenanceSources.TextMeeting);
        }

        if (HearingWord().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Hearing, ProvenanceSources.TextHeadline);
        }

        if (MemoWord().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Memo, ProvenanceSources.TextHeadline);
        }

        // Reports and annual reports often carry "strategi" or "politik" in their headline; they are not policies.
        if (ReportWord().IsMatch(headline))
        {
            return new Finding<string>(DocumentTypes.Other, ProvenanceSources.TextHeadline);
        }

        if (PolicyWord().IsMatch(headline) || PolicyPath().IsMatch(path))
        {
            return new Finding<string>(DocumentTypes.Policy, ProvenanceSources.TextHeadline);
        }

        if (ApproachWord().IsMatch(header) || LetterOpening().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Approach, ProvenanceSources.TextHeadline);
        }

        if (HearingWord().IsMatch(path))
        {
            return new Finding<string>(DocumentTypes.Hearing, ProvenanceSources.UrlPath);
        }

        return new Finding<string>(DocumentTypes.Other, ProvenanceSources.TextDefault);
    }

    private static string UrlPath(string? sourceUrl) =>
        sourceUrl is not null && Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri)
            ? Uri.UnescapeDataString(uri.AbsolutePath).ToLowerInvariant()
            : string.Empty;

    private static bool IsNewsSite(string? sourceUrl) =>
        sourceUrl is not null && Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri) && NewsHosts.IsNewsHost(uri.Host);

    [GeneratedRegex(@"/(nyhed|nyheder|news|artikel|presse|pressemeddelelse)(/|-|$)|/\d{4}/\d\d/\d\d/", RegexOptions.CultureInvariant)]
    private static partial Regex NewsPath();

    // Agendas and minutes: the committee line, the meeting date line, or the words themselves in the headline.
    [GeneratedRegex(@"^[ \t]*(udvalg|mødedato|mødested|mødetidspunkt|møde ?dato|dagsordens?punkter|dagsorden|referat|beslutningsprotokol|beslutninger fra mødet)\b|\b(dagsorden|referat|beslutningsprotokol)(en)?\s+(for|fra|til)\b|^[ \t]*(åben|lukket) dagsorden|\bsagsfremstilling\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingHeader();

    [GeneratedRegex(@"dagsorden|referat|/politik/udvalg|/moede|/møde|/cms/|agenda", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPath();

    // A recorded decision: "Beslutning: Drøftet", a "Beslutning" heading (sometimes glued to the line before by the
    // web page) followed by text that is not the next heading, "Godkendelse af dagsorden: Godkendt", or a decision
    // word on its own line ("Godkendt.", "Taget til efterretning").
    [GeneratedRegex(@"(^[ \t]*|(?<=\p{Ll}))(Beslutning|BESLUTNING)\b( i [^\n]{0,80}| \p{Lu}[^\n]{0,80})?[ \t]*:?[ \t]*(\n[ \t]*)*(?!(ikke|Indstilling|INDSTILLING|Sagsfremstilling|Bilag|Sagsresume|Beslutningstema|Økonomi|Baggrund|Lovgrundlag|Sagen|Punkt)\b)\p{L}|godkendelse af dagsorden(en)?[ \t]*:?[ \t]*\n?[ \t]*godkendt|^[ \t]*(Godkendt|Tiltrådt|Taget til efterretning|Drøftet|Anbefalet|Vedtaget|Orienteringen blev taget til efterretning)\b[^\n]{0,200}$|Godkendt med (følgende )?bemærkning", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    // "Referat", "referatet", "beslutningsprotokol"; not the plural "referater" of a site's menu ("Dagsordener og referater").
    [GeneratedRegex(@"\breferat(et)?\b|beslutningsprotokol|beslutninger fra mødet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"/referat(/|$)|[-/]referat[-.]|referat-fra", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPath();

    [GeneratedRegex(@"\A\s*(læserbrev|debat|kronik|leder|klumme)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsOpening();

    [GeneratedRegex(@"årsberetning|årsrapport|rapport\b|kortlægning|evaluering\b|undersøgelse\b|nationale retningslinjer", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportWord();

    [GeneratedRegex(@"høringssvar|høringsvar|høringssvaret|svar på høring|bemærkninger til (høring|forslag|budget)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HearingWord();

    [GeneratedRegex(@"^[ \t]*(notat|høringsnotat|baggrundsnotat|analysenotat)\b|\bnotat (om|vedr|til)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MemoWord();

    [GeneratedRegex(@"politik\b|politikken|strategi|handleplan|handlingsplan|helhedsplan|kvalitets?standard|serviceniveau|servicedeklaration|forretningsorden|budgetaftale|retningslinjer|vedtægt|pejlemærker|indsatskatalog", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyWord();

    // In an address "politik" is usually the site's section (/politik/udvalg/); only a compound names a policy.
    [GeneratedRegex(@"\p{L}politik|strategi|handleplan|handlingsplan|kvalitets?standard", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyPath();

    [GeneratedRegex(@"henvendelse|åbent brev|brev til|opfordring", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApproachWord();

    [GeneratedRegex(@"^[ \t]*(til|kære)\b[ :]", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LetterOpening();
}
