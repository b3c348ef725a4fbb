using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingestion.Metadata.Municipalities;

/// <summary>
/// Denmark's municipalities and regions with their spellings and web hosts, read from <c>municipalities.tsv</c>
/// (copied beside the program, so an operator can correct it without a rebuild). Finds them in text and by host.
/// </summary>
internal sealed partial class MunicipalityGazetteer
{
    public const string FileName = "municipalities.tsv";

    private static readonly Lazy<MunicipalityGazetteer> DefaultInstance = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Metadata", "Municipalities", FileName)));

    private readonly Dictionary<string, Municipality> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Municipality> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Municipality> _byAsciiName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullForms = new(StringComparer.Ordinal);

    // The forms a mention may take, longest first, by the word each begins with (see FindMentions).
    private readonly Dictionary<string, string[]> _formsByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _formsByFirstWordSpan;

    public MunicipalityGazetteer(IEnumerable<Municipality> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        All = municipalities.ToList();
        foreach (var municipality in All)
        {
            _byName[municipality.Name] = municipality;
            foreach (var host in municipality.Hosts)
            {
                _byHost[host] = municipality;
            }

            foreach (var form in FullForms(municipality).SelectMany(Spellings))
            {
                _byForm[form] = municipality;
                _fullForms.Add(form);
                _byName.TryAdd(form, municipality);
            }

            foreach (var form in municipality.Variants.SelectMany(Spellings))
            {
                _byForm.TryAdd(form, municipality);
                _byName.TryAdd(form, municipality);
            }

            // A name someone types need not be a word the text rules may match: "Vejen" and "Odder" are ordinary
            // words in a text, but as a name asked for they can only mean the municipality.
            foreach (var form in Spellings(municipality.Stem))
            {
                _byName.TryAdd(form, municipality);
            }
        }

        foreach (var (name, municipality) in _byName)
        {
            _byAsciiName.TryAdd(AsciiFold(name), municipality);
        }

        // Longest forms first, so "Lyngby-Taarbæk Kommune" wins over "Lyngby".
        foreach (var group in _byForm.Keys.OrderByDescending(form => form.Length).GroupBy(FirstWord, StringComparer.Ordinal))
        {
            _formsByFirstWord[group.Key] = [.. group];
        }

        _formsByFirstWordSpan = _formsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static MunicipalityGazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<Municipality> All { get; }

    /// <summary>Every form a mention in a text may take.</summary>
    public IReadOnlyCollection<string> Forms => _byForm.Keys;

    public static MunicipalityGazetteer Load(string path)
    {
        var municipalities = new List<Municipality>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 4)
            {
                throw new FormatException($"{path}: expected name, region, variants and hosts separated by tabs in '{line}'");
            }

            municipalities.Add(new Municipality(columns[0].Trim(), columns[1].Trim(), SplitList(columns[2]), SplitList(columns[3])));
        }

        return new MunicipalityGazetteer(municipalities);
    }

    /// <summary>The municipality a web address belongs to: its host or any parent domain of it (politik.herning.dk).</summary>
    public Municipality? FindByHost(string? urlOrHost) =>
        WebHosts.DomainsOf(urlOrHost).Select(domain => _byHost.GetValueOrDefault(domain)).FirstOrDefault(found => found is not null);

    /// <summary>
    /// A municipality named in a web address that is not its own: a local paper's host (gladsaxebladet.dk) or a
    /// section of a regional paper (fyens.dk/kerteminde/…). Null when none or more than one is named.
    /// </summary>
    public Municipality? FindNamedInAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var words = AddressWords().Split(Uri.UnescapeDataString(uri.Host + "/" + uri.AbsolutePath).ToLowerInvariant())
            .Where(word => word.Length >= 3)
            .ToList();
        var named = All.Where(municipality => !municipality.IsRegion
                && AddressForms(municipality).Any(form => words.Any(word => word == form || (form.Length >= 6 && word.StartsWith(form, StringComparison.Ordinal)))))
            .ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// The canonical municipality for a name or spelling, in any case, with or without "Kommune" ("Kbh.",
    /// "Århus Kommune", "aarhus kommune", "Slagelse", "Åbenrå") and typed without Danish letters ("Holbaek").
    /// </summary>
    public Municipality? FindByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return _byName.TryGetValue(trimmed, out var municipality)
            || _byName.TryGetValue(FoldAa(trimmed), out municipality)
            || _byAsciiName.TryGetValue(AsciiFold(trimmed), out municipality)
            ? municipality
            : null;
    }

    /// <summary>Every mention of a municipality or region in <paramref name="text"/>, in order.</summary>
    public IEnumerable<MunicipalityMention> FindMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        while (position < text.Length)
        {
            if (!IsWordCharacter(text[position]))
            {
                position++;
                continue;
            }

            var wordEnd = position;
            while (wordEnd < text.Length && IsWordCharacter(text[wordEnd]))
            {
                wordEnd++;
            }

            var mention = MentionAt(text, position, wordEnd);
            if (mention is not null)
            {
                yield return mention;
            }

            position = mention is null ? wordEnd : mention.Index + mention.Length;
        }
    }

    /// <summary>
    /// The longest form standing at the word that starts at <paramref name="start"/>, perhaps with a genitive s
    /// ("Holbæks Udsatteråd", "Københavns Kommunes"), and with no letter or digit after it ("Vejlevej" is no mention
    /// of Vejle). Only the forms that begin with the word (or with the word less its s) can stand there: one lookup
    /// per word of the text, where one pattern of every form tried at every word cost a sixth of an ingest.
    /// </summary>
    private MunicipalityMention? MentionAt(string text, int start, int wordEnd)
    {
        var word = text.AsSpan(start, wordEnd - start);
        _formsByFirstWordSpan.TryGetValue(word, out var forms);
        if (word.Length > 1 && word[^1] == 's' && _formsByFirstWordSpan.TryGetValue(word[..^1], out var genitive))
        {
            forms = forms is null ? genitive : [.. forms.Concat(genitive).OrderByDescending(form => form.Length)];
        }

        foreach (var form in forms ?? [])
        {
            if (!text.AsSpan(start).StartsWith(form, StringComparison.Ordinal))
            {
                continue;
            }

            var end = start + form.Length;
            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !IsWordCharacter(text[end + 1])))
            {
                return new MunicipalityMention(_byForm[form], start, form.Length + 1, _fullForms.Contains(form));
            }

            if (end == text.Length || !IsWordCharacter(text[end]))
            {
                return new MunicipalityMention(_byForm[form], start, form.Length, _fullForms.Contains(form));
            }
        }

        return null;
    }

    private static bool IsWordCharacter(char character) => char.IsLetter(character) || char.IsNumber(character);

    private static string FirstWord(string form)
    {
        var end = 0;
        while (end < form.Length && IsWordCharacter(form[end]))
        {
            end++;
        }

        return form[..end];
    }

    /// <summary>A municipality's name as addresses write it: "holbaek", "holbak", "aero", "hoeje-taastrup".</summary>
    private static IEnumerable<string> AddressForms(Municipality municipality)
    {
        var names = municipality.Variants.Where(variant => !variant.Contains(' ', StringComparison.Ordinal) && !variant.EndsWith('.')).Append(municipality.Stem);
        foreach (var name in names.Select(name => name.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            yield return name;
            yield return name.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
            yield return name.Replace("æ", "a", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal).Replace("å", "a", StringComparison.Ordinal);
        }
    }

    /// <summary>"Holbæk Kommune", "Holbæk kommune", "Holbæks Kommune" and for a region its name.</summary>
    private static IEnumerable<string> FullForms(Municipality municipality)
    {
        if (municipality.IsRegion)
        {
            yield return municipality.Name;
            yield break;
        }

        yield return municipality.Name;
        var stem = municipality.Stem;
        // Genitive official names ("Københavns Kommune") are also written without the s ("København Kommune").
        var bare = stem.EndsWith('s') && municipality.Variants.Contains(stem[..^1]) ? stem[..^1] : stem;
        foreach (var word in new[] { "Kommune", "kommune" })
        {
            yield return $"{bare} {word}";
            yield return $"{bare}s {word}";
        }
    }

    /// <summary>A form and its old/new spelling of å (Aarhus/Århus, Taastrup/Tåstrup).</summary>
    private static IEnumerable<string> Spellings(string form)
    {
        yield return form;
        var toAa = form.Replace("å", "aa", StringComparison.Ordinal).Replace("Å", "Aa", StringComparison.Ordinal);
        if (toAa != form)
        {
            yield return toAa;
        }

        var toÅ = FoldAa(form);
        if (toÅ != form)
        {
            yield return toÅ;
        }
    }

    /// <summary>Lower case with æ, ø, å written ae, oe, aa, as on a keyboard without them ("holbaek kommune").</summary>
    private static string AsciiFold(string text) =>
        text.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);

    private static string FoldAa(string text) =>
        text.Replace("aa", "å", StringComparison.Ordinal).Replace("Aa", "Å", StringComparison.Ordinal).Replace("AA", "Å", StringComparison.Ordinal);

    private static List<string> SplitList(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex(@"[^\p{L}\p{N}-]+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressWords();
}
