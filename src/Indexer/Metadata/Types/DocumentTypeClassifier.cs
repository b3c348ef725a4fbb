using System.Text.RegularExpressions;

namespace Archive.Indexer.Metadata.Types;

/// <summary>
/// Decides a document's type from its headline, its header lines and its source address. The headline says
/// most ("Høringssvar …", "Referat …", "Notat …"); an agenda item becomes minutes once a decision is recorded;
/// a news site or a news path makes a news item.
/// </summary>
public static partial class DocumentTypeClassifier
{
    /// <summary>How much of the top of the text counts as the headline and header.</summary>
    private const int HeaderLength = 350;

    public static Finding<string> Classify(string text, string? title, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = (title ?? string.Empty) + "\n" + text[..Math.Min(text.Length, HeaderLength)];
        var path = UrlPath(sourceUrl);

        if (IsNewsSite(sourceUrl) || NewsPath().IsMatch(path))
        {
            return new Finding<string>(DocumentTypes.News, "url:news");
        }

        if (MeetingHeader().IsMatch(header) || MeetingPath().IsMatch(path))
        {
            // An agenda item with its decision written down is minutes.
            var decided = Decision().IsMatch(text) || MinutesWord().IsMatch(header) || MinutesWord().IsMatch(path);
            return new Finding<string>(decided ? DocumentTypes.Minutes : DocumentTypes.Agenda, "text:meeting");
        }

        if (HearingWord().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Hearing, "text:headline");
        }

        if (MemoWord().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Memo, "text:headline");
        }

        if (PolicyWord().IsMatch(header) || PolicyWord().IsMatch(path))
        {
            return new Finding<string>(DocumentTypes.Policy, "text:headline");
        }

        if (ApproachWord().IsMatch(header) || LetterOpening().IsMatch(header))
        {
            return new Finding<string>(DocumentTypes.Approach, "text:headline");
        }

        if (HearingWord().IsMatch(path))
        {
            return new Finding<string>(DocumentTypes.Hearing, "url:path");
        }

        return new Finding<string>(DocumentTypes.Other, "text:default");
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
    [GeneratedRegex(@"^[ \t]*(udvalg|mødedato|mødested|mødetidspunkt|møde ?dato|dagsordenpunkter|dagsorden|referat|beslutningsprotokol)\b|\b(dagsorden|referat|beslutningsprotokol)(en)?\s+(for|fra|til)\b|^[ \t]*(åben|lukket) dagsorden|\bsagsfremstilling\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingHeader();

    [GeneratedRegex(@"dagsorden|referat|/politik/udvalg|/moede|/møde|/cms/|agenda", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPath();

    [GeneratedRegex(@"^[ \t]*(beslutning|afgørelse|protokol)\b[^\n]{0,80}\n?[ \t]*\S", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    [GeneratedRegex(@"referat|beslutningsprotokol", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesWord();

    [GeneratedRegex(@"høringssvar|høringsvar|høringssvaret|svar på høring|bemærkninger til (høring|forslag|budget)|\bhøring (af|over|vedr)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HearingWord();

    [GeneratedRegex(@"^[ \t]*(notat|høringsnotat|baggrundsnotat|analysenotat)\b|\bnotat (om|vedr|til)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MemoWord();

    [GeneratedRegex(@"politik\b|politikken|strategi|handleplan|handlingsplan|kvalitetsstandard|serviceniveau|servicedeklaration|forretningsorden|budgetaftale|retningslinjer|vedtægt|pejlemærker|indsatskatalog", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyWord();

    [GeneratedRegex(@"henvendelse|åbent brev|brev til|opfordring", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApproachWord();

    [GeneratedRegex(@"^[ \t]*(til|kære)\b[ :]", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LetterOpening();
}
