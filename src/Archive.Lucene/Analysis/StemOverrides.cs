using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Lucene.Analysis;

/// <summary>
/// The stems the analyzer sets itself, before Danish Snowball, for words whose own form the stemmer takes apart from
/// their inflections (budget → budg, but budgetter → budget). Kept in <c>stem-overrides.tsv</c>.
/// </summary>
public static class StemOverrides
{
    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> DanishMap = new(() => Build(WordLists.Read("stem-overrides.tsv")));

    /// <summary>The overrides of the bundled list, built once.</summary>
    public static StemmerOverrideFilter.StemmerOverrideMap Danish => DanishMap.Value;

    /// <summary>Reads lines of word, tab, stem; blank lines and lines starting with # are skipped.</summary>
    public static StemmerOverrideFilter.StemmerOverrideMap Build(string lines)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var line in lines.Split('\n'))
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            var fields = entry.Split('\t');
            if (fields.Length != 2)
            {
                throw new FormatException($"A stem override is a word, a tab and its stem: '{entry}'.");
            }

            builder.Add(fields[0], fields[1]);
        }

        return builder.Build();
    }
}
