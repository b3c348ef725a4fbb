using System.Text.RegularExpressions;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// A citizen's own e-mail address and phone number, masked visibly ("[e-mail skjult]", "[telefon skjult]") in the text
/// as it is read, unless the operator turns it off (<c>Archive:MaskPersonalData</c>). Addresses at the free mail
/// services citizens use are private; an address at a council's or an organisation's own domain is how a public body
/// is reached and stays. A phone number counts as one when it is written as one: after "tlf.", "telefon", "mobil" or
/// "+45", or in the Danish groups of two ("22 33 44 55").
/// </summary>
internal static partial class PrivateContacts
{
    public const string EmailMask = "[e-mail skjult]";

    public const string PhoneMask = "[telefon skjult]";

    private static readonly HashSet<string> PrivateMailDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "live.dk", "live.com", "outlook.com", "outlook.dk",
        "msn.com", "yahoo.com", "yahoo.dk", "icloud.com", "me.com", "mac.com", "mail.dk", "email.dk", "jubii.dk",
        "ofir.dk", "sol.dk", "get2net.dk", "privat.dk", "tdcadsl.dk", "stofanet.dk", "webspeed.dk", "youmail.dk",
        "protonmail.com", "proton.me", "gmx.com", "gmx.net", "aol.com",
    };

    public static string MaskIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = text.Contains('@', StringComparison.Ordinal)
            ? Email().Replace(text, match => PrivateMailDomains.Contains(match.Groups["domain"].Value) ? EmailMask : match.Value)
            : text;
        return Phone().Replace(masked, match => match.Groups["label"].Value + PhoneMask);
    }

    [GeneratedRegex(@"\b[\p{L}\p{N}._%+-]+@(?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<label>\b(?:tlf|telefon|telefonnr|mobil|mob|mobilnr|tel)\.?(?:\s*nr\.?)?:?\s*(?:\+45\s*)?|\+45\s*)(?<![\d-])\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?![\d-])|(?<label>)(?<![\d\w.,-])\d{2} \d{2} \d{2} \d{2}(?![\d\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
