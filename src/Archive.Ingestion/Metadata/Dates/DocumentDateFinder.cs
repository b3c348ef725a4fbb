using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;
using Archive.Lucene;

namespace Archive.Ingestion.Metadata.Dates;

/// <summary>
/// Chooses a document's own date among the dates it writes, strongest evidence first: the date line ("Dato:",
/// "Mødedato:"), a day in the source address (agenda archives file meetings by date: /2018/maj/31--maj-2018--referat/),
/// a date alone near the top, the meeting ("Beslutning i Handicaprådet den 31-05-2018"), the letter date ("Slagelse,
/// den 12. oktober 2017"), the first date of the header, then "sidst opdateret", an imprint year or a title page's year.
/// Deadlines, earlier meetings and budget years further down are only mentioned, never the document's date.
/// </summary>
internal static partial class DocumentDateFinder
{
    /// <summary>How far into the text the letterhead reaches, where a bare date is the document's own.</summary>
    private const int HeaderLength = 400;

    /// <summary>How far a date line may stand from the top; further down it belongs to another document (a list of related papers).</summary>
    private const int DateLineReach = 1500;

    public static Finding<DocumentDate>? Find(string text, string? sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = DanishDateParser.FindAll(text);
        var top = text[..Math.Min(text.Length, DateLineReach)];
        var dateLine = FirstAfter(mentions, DateLine().Matches(top)) ?? MonthOnDateLine(top);
        if (dateLine is not null)
        {
            // A page that states only its month ("date 2021-09") often writes the day in its byline.
            if (dateLine.Precision == DatePrecision.Month
                && mentions.FirstOrDefault(mention => mention.Index < HeaderLength * 2 && mention.Date.Precision == DatePrecision.Day
                    && mention.Date.Value.Year == dateLine.Value.Year && mention.Date.Value.Month == dateLine.Value.Month) is { } day)
            {
                return new Finding<DocumentDate>(day.Date, ProvenanceSources.TextDateLine);
            }

            if (dateLine.Precision == DatePrecision.Month && FromUrl(sourceUrl) is { Precision: DatePrecision.Day } urlDay
                && urlDay.Value.Year == dateLine.Value.Year && urlDay.Value.Month == dateLine.Value.Month)
            {
                return new Finding<DocumentDate>(urlDay, ProvenanceSources.UrlPath);
            }

            return new Finding<DocumentDate>(dateLine, ProvenanceSources.TextDateLine);
        }

        // Archives of agendas and minutes put the meeting date in the address; it is more reliable than the
        // text's many "møde den …" phrases, which often refer to earlier meetings.
        if (FromUrl(sourceUrl) is { Precision: DatePrecision.Day } dayInUrl)
        {
            return new Finding<DocumentDate>(dayInUrl, ProvenanceSources.UrlPath);
        }

        // A date alone on a line near the top is the letter's or the meeting's date ("15.09.2023", "18-05-2021 kl. 10:00").
        if (FirstAfter(mentions, TopDateLine().Matches(text)) is { } alone)
        {
            return new Finding<DocumentDate>(alone, ProvenanceSources.TextLetterDate);
        }

        if (FirstAfter(mentions, MeetingLine().Matches(text)) is { } meeting)
        {
            return new Finding<DocumentDate>(meeting, ProvenanceSources.TextMeeting);
        }

        if (FirstAfter(mentions, PlaceDate().Matches(text)) is { } letter)
        {
            return new Finding<DocumentDate>(letter, ProvenanceSources.TextLetterDate);
        }

        var header = mentions.FirstOrDefault(mention => mention.Index < HeaderLength && !IsDeadline(text, mention));
        if (header is not null)
        {
            return new Finding<DocumentDate>(header.Date, ProvenanceSources.TextHeader);
        }

        if (FirstAfter(mentions, UpdatedLine().Matches(text)) is { } updated)
        {
            return new Finding<DocumentDate>(updated, ProvenanceSources.TextUpdated);
        }

        // "Udgivet af Ældre & Handicap, Ballerup Kommune 2005": the imprint of a booklet.
        if (Imprint().Match(text[..Math.Min(text.Length, DateLineReach)]) is { Success: true } imprint
            && DanishDateParser.Parse(imprint.Groups["year"].Value) is { } imprintYear)
        {
            return new Finding<DocumentDate>(imprintYear, ProvenanceSources.TextImprint);
        }

        // A title page that gives only a year ("Politiske pejlemærker" / "2019") dates the document to that year.
        return YearLine().Match(text[..Math.Min(text.Length, HeaderLength)]) is { Success: true } year
            && DanishDateParser.Parse(year.Groups["year"].Value) is { } yearOnly
            ? new Finding<DocumentDate>(yearOnly, ProvenanceSources.TextYearLine)
            : null;
    }

    /// <summary>A date in a web address: "/2018/maj/31--maj-2018--referat/", "/2019/03/14/", "-2017-10-12-".</summary>
    public static DocumentDate? FromUrl(string? sourceUrl)
    {
        if (string.IsNullOrWhiteSpace(sourceUrl) || !Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var whole = DanishDateParser.FindAll(path.Replace('/', ' ')).FirstOrDefault(mention => mention.Date.Precision == DatePrecision.Day);
        if (whole is not null)
        {
            return whole.Date;
        }

        var words = UrlSeparators().Replace(path, " ");
        var inWords = DanishDateParser.FindAll(words).FirstOrDefault(mention => mention.Date.Precision == DatePrecision.Day);
        if (inWords is not null)
        {
            return inWords.Date;
        }

        var slashed = UrlYearMonthDay().Match(path);
        return slashed.Success ? DanishDateParser.Parse($"{slashed.Groups["year"].Value}-{slashed.Groups["month"].Value}-{slashed.Groups["day"].Value}") : null;
    }

    /// <summary>"date 2018-12": the ISO month some pages print as their date.</summary>
    private static DocumentDate? MonthOnDateLine(string top) =>
        IsoMonthLine().Match(top) is { Success: true } match ? DanishDateParser.Parse(match.Groups["month"].Value) : null;

    /// <summary>The first date written inside one of <paramref name="matches"/>' value groups.</summary>
    private static DocumentDate? FirstAfter(IReadOnlyList<DateMention> mentions, MatchCollection matches)
    {
        foreach (Match match in matches)
        {
            var value = match.Groups["value"];
            var start = value.Index;
            var mention = mentions.FirstOrDefault(mention => mention.Index >= start && mention.Index < start + Math.Max(value.Length, 1));
            if (mention is not null)
            {
                return mention.Date;
            }
        }

        return null;
    }

    private static bool IsDeadline(string text, DateMention mention)
    {
        var before = text[Math.Max(0, mention.Index - 40)..mention.Index];
        return DeadlineWords().IsMatch(before);
    }

    // "Dato: 07-10-2020", "Mødedato: 3. september 2020", "Dato for møde: ...", "Publiceret 17. jun. 2014".
    [GeneratedRegex(@"((?<=\s)(dato|mødedato)[ \t]*:[ \t]*(?<value>[^\n]{0,60}))|^[ \t]*(dato|date|mødedato|møde ?dato|dato for mødet?|mødetidspunkt|tidspunkt|udgivet|publiceret|offentliggjort|udsendt|pressemeddelelse( den)?)\b[ \t]*[:.]?[ \t]*(?<value>[^\n]{0,60}(\n[ \t]*[^\n]{0,40})?)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    // The meeting the document records: "Beslutning i Handicaprådet den 31-05-2018", "Referat fra mødet d. 4/6-2014",
    // "Møde i Udsatterådet mandag den 4. marts 2024 kl. 16.00", "Mødet blev afholdt den 12. maj 2015".
    [GeneratedRegex(@"^[ \t]*(beslutning|referat|dagsorden|møde|mødet|ordinært møde|ekstraordinært møde)\b(?<value>([^\n.]{0,80}?\b(den|d\.)|[ \t]*[•·|–-])[ \t]*(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)?[ \t]*(den|d\.)?[ \t]*\d[^\n]{0,25})", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingLine();

    // A letter is dated beside its place: "Slagelse, den 12. oktober 2017", "København, 15.09.2023".
    [GeneratedRegex(@"^[ \t]*\p{Lu}[\p{L} .-]{1,30},[ \t]*(den|d\.)?[ \t]*(?<value>\d[^\n]{0,30})$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\A(?:[^\n]*\n){0,12}?[ \t]*((mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)[ \t]+)?(den |d\. )?(?<value>\d{1,2}[-./ ][^\n]{3,24})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopDateLine();

    [GeneratedRegex(@"(frist|senest|inden|indtil|deadline|svarfrist|høringsfrist|fra den|til den|perioden)\W*(den|d\.)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"\A(?:[ \t]*[^\n]*\n){0,5}?[ \t]*(?<year>(19|20)\d\d)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex YearLine();

    [GeneratedRegex(@"^[ \t]*(dato|date)[ \t]*:?[ \t]*(?<month>(19|20)\d\d-(0[1-9]|1[0-2]))(?![\d-])", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IsoMonthLine();

    // "Sidst opdateret 07.07.2016": a web page's own date when it gives no other.
    [GeneratedRegex(@"(sidst|senest)?[ \t]*(opdateret|redigeret|revideret)[ \t]*:?[ \t]*(den|d\.)?[ \t]*(?<value>\d[^\n]{0,25})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLine();

    [GeneratedRegex(@"\b(udgivet|publiceret|trykt)\b[^\n]{0,80}?(?<![\d/-])(?<year>(19|20)\d\d)(?![\d/-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imprint();

    [GeneratedRegex(@"[-_/+]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlSeparators();

    [GeneratedRegex(@"/(?<year>(19|20)\d\d)/(?<month>\d{1,2})/(?<day>\d{1,2})(/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlYearMonthDay();
}
