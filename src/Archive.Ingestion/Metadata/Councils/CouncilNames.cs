using System.Text.RegularExpressions;

namespace Archive.Ingestion.Metadata.Councils;

/// <summary>
/// Writes a council's name the way the body writes itself: definite form ("Udsatteråd" → "Udsatterådet"),
/// no genitive ("Udsatterådets" → "Udsatterådet"), no place ("Udsatterådet i Københavns Kommune"), no term of office
/// ("Handicaprådet (18-21)"), national bodies in their fixed spelling.
/// </summary>
internal static partial class CouncilNames
{
    private static readonly HashSet<string> National = new(NationalBodies.Default.Names, StringComparer.OrdinalIgnoreCase);

    public static bool IsNational(string? council) =>
        council is not null && (National.Contains(council) || council.EndsWith("ministeriet", StringComparison.Ordinal)
            || (council.EndsWith("styrelsen", StringComparison.Ordinal) && !council.EndsWith("bestyrelsen", StringComparison.Ordinal))
            || council.StartsWith("Folketinget", StringComparison.Ordinal));

    /// <summary>The canonical spelling of a council's name as written in a text; null when it is no body's name.</summary>
    public static string? Canonical(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var name = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        // Headings in capitals ("REFERAT BYRÅD") name the same body as running text.
        if (name.Length > 3 && string.Equals(name, name.ToUpperInvariant(), StringComparison.Ordinal))
        {
            name = name[0] + name[1..].ToLowerInvariant();
        }

        name = Place().Replace(name, string.Empty);
        name = TermOfOffice().Replace(name, string.Empty).Trim(' ', ',', '.', ':', '-');
        if (name.Length < 2)
        {
            return null;
        }

        if (National.FirstOrDefault(body => body.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } national)
        {
            return national;
        }

        // The local employment councils kept their indefinite legal name; a town may stand before it
        // ("Svendborg Lokale Beskæftigelsesråd's møde").
        if (name.EndsWith("Lokale Beskæftigelsesråd", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Lokale Beskæftigelsesråds", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Lokale Beskæftigelsesråd's", StringComparison.OrdinalIgnoreCase)
            || name is "LBR" or "Beskæftigelsesrådet" or "Beskæftigelsesråd")
        {
            return "Det Lokale Beskæftigelsesråd";
        }

        if (name.Equals("Kommunernes Landsforening", StringComparison.OrdinalIgnoreCase))
        {
            return "KL";
        }

        if (name.StartsWith("Rådet for Socialt Udsatte", StringComparison.OrdinalIgnoreCase) || name.Equals("Rådet for socialt udsatte", StringComparison.OrdinalIgnoreCase))
        {
            return "Rådet for Socialt Udsatte";
        }

        if (name.StartsWith("Styrelsen for ", StringComparison.Ordinal) || name.EndsWith("ministeriet", StringComparison.Ordinal)
            || (name.EndsWith("styrelsen", StringComparison.Ordinal) && !name.EndsWith("bestyrelsen", StringComparison.OrdinalIgnoreCase)))
        {
            return name;
        }

        // Several fields joined by suspended hyphens are listed with commas: "Senior- Social- og" → "Senior-, Social- og".
        name = SuspendedHyphen().Replace(name, "-, ").Replace("-, og ", "- og ", StringComparison.Ordinal);
        name = char.ToUpperInvariant(name[0]) + name[1..];
        var lastSpace = name.LastIndexOf(' ');
        var head = name[(lastSpace + 1)..];
        var definite = Definite(head);
        if (definite is null)
        {
            return name.StartsWith("Udvalget for ", StringComparison.Ordinal) || name.StartsWith("Rådet for ", StringComparison.Ordinal)
                ? WithoutGenitive(name)
                : null;
        }

        return name[..(lastSpace + 1)] + definite;
    }

    /// <summary>"Rådet for Etniske Minoriteters høringssvar": the body is "Rådet for Etniske Minoriteter".</summary>
    private static string WithoutGenitive(string name) =>
        name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) && name.LastIndexOf(' ') < name.Length - 5 ? name[..^1] : name;

    /// <summary>The last word of a body's name in its definite form, without a genitive s; null when it names no body.</summary>
    private static string? Definite(string word)
    {
        // "Socialområdet", "ældreområder" end like "råd" but name a field of work.
        if (word.Contains("område", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            var stripped = Definite(word[..^1]);
            if (stripped is not null)
            {
                return stripped;
            }
        }

        foreach (var (indefinite, ending) in new[] { ("råd", "et"), ("udvalg", "et"), ("forvaltning", "en"), ("bestyrelse", "n"), ("repræsentation", "en") })
        {
            if (word.EndsWith(indefinite, StringComparison.OrdinalIgnoreCase) && word.Length > indefinite.Length)
            {
                return word + ending;
            }

            if (word.EndsWith(indefinite + ending, StringComparison.OrdinalIgnoreCase) && word.Length > indefinite.Length + ending.Length)
            {
                return word;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s+i\s+(\p{Lu}[\p{L}-]*\s?){1,3}((Regions)?[Kk]ommunes?)?$|\s+i\s+kommunen$", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"-,?\s+(?=\p{L}+-)", RegexOptions.CultureInvariant)]
    private static partial Regex SuspendedHyphen();

    [GeneratedRegex(@"\s*\(?\b(19|20)?\d\d\s*[-–]\s*(19|20)?\d\d\)?$|\s*\(\d+\s*[-–]\s*\d+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TermOfOffice();
}
