using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Metadata.Letters;

/// <summary>The addressee and the signer of a letter or statement.</summary>
/// <param name="Recipient">"Handicap og Psykiatriudvalget i Slagelse Kommune" from "Til: …".</param>
/// <param name="Signatory">"Bent Jensen" from the lines after "Med venlig hilsen" or "På vegne af …".</param>
internal sealed record LetterHeader(Finding<string>? Recipient, Finding<string>? Signatory);

/// <summary>
/// Reads who a letter is to ("Til: …", "Att.: …") and who signed it: the name after "Med venlig hilsen" or
/// "På vegne af Udsatterådet", or "Bent Jensen, Formand". A signature names a person, so the line must read like
/// a name (two to four capitalised words), not a body or a sentence.
/// </summary>
internal static partial class LetterHeaderFinder
{
    public static LetterHeader Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var recipient = RecipientLine().Match(text) is { Success: true } to
            ? new Finding<string>(to.Groups["value"].Value.Trim().TrimEnd('.', ','), ProvenanceSources.TextRecipientLine)
            : null;
        return new LetterHeader(recipient, FindSignatory(text));
    }

    private static Finding<string>? FindSignatory(string text)
    {
        foreach (Match closing in Closing().Matches(text))
        {
            var lines = text[(closing.Index + closing.Length)..].Split('\n').Take(5).Select(line => line.Trim()).Where(line => line.Length > 0);
            foreach (var line in lines)
            {
                var candidate = line.Split(',')[0].Trim();
                if (PersonName().IsMatch(candidate))
                {
                    return new Finding<string>(candidate, ProvenanceSources.TextSignature);
                }
            }
        }

        return NameWithRole().Match(text) is { Success: true } named
            ? new Finding<string>(named.Groups["name"].Value, ProvenanceSources.TextSignature)
            : null;
    }

    [GeneratedRegex(@"^[ \t]*(til|att\.?|modtager)[ \t]*:[ \t]*(?<value>\S[^\n]{2,150})", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex RecipientLine();

    [GeneratedRegex(@"(med venlig hilsen|venlig hilsen|de bedste hilsner|mvh\.?|på vegne af[^\n]*)[ \t,]*(\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    // "Bent Jensen", "Anne-Marie K. Holm": two to four capitalised words, nothing else on the line.
    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+(\s(\p{Lu}\.|\p{Lu}[\p{L}-]+)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    // "Bent Jensen, Formand" / "Bent Jensen, formand for Udsatterådet".
    [GeneratedRegex(@"^[ \t]*(?<name>\p{Lu}[\p{L}-]+(\s(\p{Lu}\.|\p{Lu}[\p{L}-]+)){1,3}),\s*(?i:formand|næstformand|forkvinde|sekretær)\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameWithRole();
}
