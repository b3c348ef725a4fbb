using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Ingestion.Tests.Support;

/// <summary>One line of ../shared/testfiles/manifest.jsonl.</summary>
public sealed record ManifestEntry(string File, string Category, string Expected);

/// <summary>
/// The shared test files' manifest, and its matching rule: texts are compared after NFKC, without soft
/// hyphens and with whitespace collapsed; text in Chinese or Japanese script without any whitespace.
/// </summary>
public static partial class TestFilesManifest
{
    private static readonly Lazy<IReadOnlyList<ManifestEntry>> Lines = new(() =>
        File.ReadLines(TestData.RequireShared("testfiles", "manifest.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return new ManifestEntry(
                    root.GetProperty("file").GetString()!,
                    root.GetProperty("category").GetString()!,
                    root.GetProperty("expected").GetString()!);
            })
            .ToList());

    public static IReadOnlyList<ManifestEntry> Entries => Lines.Value;

    /// <summary>The text as the manifest's phrases are written: NFKC, no soft hyphens, single spaces.</summary>
    public static string Comparable(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormKC).Replace("\u00AD", string.Empty, StringComparison.Ordinal), " ").Trim();

    /// <summary>Whether <paramref name="text"/> holds <paramref name="phrase"/> under the manifest's matching rule.</summary>
    public static bool Contains(string text, string phrase)
    {
        var (haystack, needle) = (Comparable(text), Comparable(phrase));
        return IsCjk(phrase)
            ? Whitespace().Replace(haystack, string.Empty).Contains(Whitespace().Replace(needle, string.Empty), StringComparison.Ordinal)
            : haystack.Contains(needle, StringComparison.Ordinal);
    }

    // Extractors put spaces between CJK characters where the source expects none ("2010 年 8 月").
    private static bool IsCjk(string phrase) =>
        phrase.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
