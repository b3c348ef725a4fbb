using System.Text.RegularExpressions;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// Danish personal identity numbers (CPR, ddmmyy-xxxx) are masked in the text as it is read, before anything is
/// indexed, stored or shown, so that no search, snippet, page, export or feed can give one out. Ten digits without a
/// separator count only after the word "CPR": alone they are as often a phone or account number.
/// </summary>
internal static partial class CprNumbers
{
    public const string Mask = "[CPR skjult]";

    /// <summary>The text with every CPR number replaced by <see cref="Mask"/>; the same instance when there is none.</summary>
    public static string MaskIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length < 10 ? text : Candidate().Replace(text, match => IsCpr(match) ? match.Groups["label"].Value + Mask : match.Value);
    }

    private static bool IsCpr(Match match)
    {
        var day = int.Parse(match.Groups["day"].ValueSpan, provider: null);
        var month = int.Parse(match.Groups["month"].ValueSpan, provider: null);

        // Day and month must make a date (29 February is allowed: the century is not known).
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)
            && (match.Groups["separator"].Length > 0 || match.Groups["label"].Success);
    }

    [GeneratedRegex(@"(?<label>\bCPR(?:-?(?:nr|nummer))?\.?:?\s*)?(?<![\d-])(?<day>\d{2})(?<month>\d{2})\d{2}(?<separator>[-‐ ]?)\d{4}(?![\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
