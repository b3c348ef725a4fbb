using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.TokenAttributes;
using TermLookup = System.Collections.Generic.HashSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Archive.Lucene.Search;

/// <summary>
/// Picks the best passages of a document for the index terms a search matched, by running each page through the
/// same analyzer the index used (so "borgerne" is marked for a search on "borger", and "stofmisbrug" for a search on
/// "misbrug") and keeping the token offsets; a term is marked only where the search found it (see <see cref="TermsToMark"/>).
/// A passage's worth is how many different query terms it holds, then how many matches.
/// </summary>
public sealed partial class SnippetBuilder(DanishArchiveAnalyzer analyzer)
{
    private const int PassageLength = 240;
    private const int ContextBefore = 70;

    // Reading every page of a book-length document for one hit would make a result page slow;
    // matches past this many characters are not looked for.
    private const int MaxAnalyzedCharacters = 400_000;

    // A word repeated all over a page gives as many equally good passages; a sample of them is enough to choose from.
    private const int MaxCandidatesPerPage = 200;

    /// <summary>The best passages for terms marked wherever a word or a compound part analyzes to one of them.</summary>
    public IReadOnlyList<Snippet> Build(IReadOnlyList<string> pages, IReadOnlySet<string> terms, int maxSnippets, CancellationToken cancellationToken = default) =>
        Build(pages, new TermsToMark(terms ?? throw new ArgumentNullException(nameof(terms)), [], []), maxSnippets, showMarks: true, cancellationToken);

    /// <summary>
    /// The best passages for <paramref name="terms"/>, with the matches in &lt;mark&gt; unless
    /// <paramref name="showMarks"/> is false (the terms then only choose the passages).
    /// </summary>
    public IReadOnlyList<Snippet> Build(IReadOnlyList<string> pages, TermsToMark terms, int maxSnippets, bool showMarks = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(terms);
        if (maxSnippets <= 0)
        {
            return [];
        }

        var lookup = new Lookups(terms);
        var candidates = new List<Passage>();
        var analyzed = 0;
        for (var page = 0; page < pages.Count && analyzed < MaxAnalyzedCharacters; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = pages[page];
            analyzed += text.Length;
            if (!terms.IsEmpty && lookup.MayMatch(text))
            {
                var matches = FindMatches(text, lookup);
                candidates.AddRange(PassagesAround(page, text, matches));
            }
        }

        if (candidates.Count == 0)
        {
            return Opening(pages);
        }

        var chosen = new List<Passage>();
        foreach (var passage in candidates.OrderByDescending(p => p.DistinctTerms).ThenByDescending(p => p.Matches.Count).ThenBy(p => p.Page).ThenBy(p => p.Start))
        {
            if (chosen.Count == maxSnippets)
            {
                break;
            }

            if (!chosen.Any(other => other.Overlaps(passage)))
            {
                chosen.Add(passage);
            }
        }

        return [.. chosen.Select(passage => new Snippet(passage.Page + 1, Render(pages[passage.Page], showMarks ? passage : passage with { Matches = [] })))];
    }

    /// <summary>
    /// A whole page as HTML: escaped, line breaks kept, and every word that analyzes to one of
    /// <paramref name="terms"/> in &lt;mark&gt; — the same analysis as the snippets and the index.
    /// </summary>
    public string MarkPage(string text, IReadOnlySet<string> terms) =>
        MarkPage(text, new TermsToMark(terms ?? throw new ArgumentNullException(nameof(terms)), [], []));

    /// <summary>As <see cref="MarkPage(string, IReadOnlySet{string})"/>, marking where the search found its terms.</summary>
    public string MarkPage(string text, TermsToMark terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var html = new StringBuilder(text.Length + 64);
        var position = 0;
        if (!terms.IsEmpty)
        {
            foreach (var (start, end, _) in FindMatches(text, new Lookups(terms)))
            {
                html.Append(EscapeHtml(text[position..start]));
                html.Append("<mark>").Append(EscapeHtml(text[start..end])).Append("</mark>");
                position = end;
            }
        }

        html.Append(EscapeHtml(text[position..]));
        return html.ToString();
    }

    private List<(int Start, int End, string Term)> FindMatches(string text, Lookups terms)
    {
        // The parts analysis holds the stemmed words and, at the same offsets, the parts of compounds:
        // a word is one match however many of its parts were searched for. The tokens are looked up in the
        // stream's own buffer: a page has thousands of words and only the matches become strings.
        var matches = new List<(int Start, int End, string Term)>();
        var grouped = new List<GroupedToken>();
        var lastStart = -1;
        var position = -1;
        using var stream = analyzer.GetTokenStream(ArchiveFields.TextParts, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // A word moves the position on; its compound parts follow it at the same position.
            var isWord = increment.PositionIncrement > 0;
            position += increment.PositionIncrement;
            var characters = term.Buffer.AsSpan(0, term.Length);
            if (offset.StartOffset != lastStart
                && (terms.InWordsAndParts.TryGetValue(characters, out var matched) || (isWord && terms.InWords.TryGetValue(characters, out matched))))
            {
                matches.Add((offset.StartOffset, offset.EndOffset, matched));
                lastStart = offset.StartOffset;
            }

            if (terms.Grouped.TryGetValue(characters, out var groupTerm))
            {
                grouped.Add(new GroupedToken(position, isWord, offset.StartOffset, offset.EndOffset, groupTerm));
            }
        }

        stream.End();
        if (grouped.Count == 0)
        {
            return matches;
        }

        foreach (var group in terms.Together)
        {
            matches.AddRange(StandingTogether(group, grouped));
        }

        // Back in text order, one match per word, for the passages' two pointers.
        return [.. matches.OrderBy(match => match.Start).DistinctBy(match => match.Start)];
    }

    /// <summary>
    /// The words holding a term of <paramref name="group"/> where the group stands together, as the search's span
    /// found it, named by the group so a passage counts them as one term. A word that is a term of the group is
    /// marked when every other term stands within the group's reach; a compound that merely holds a term as a part
    /// only when it holds every other term too (stofmisbrugsbehandling for misbrugsbehandling): for
    /// socialsygeplejerske, "Socialudvalgets sygeplejerske" marks the sygeplejerske, never the Socialudvalget.
    /// </summary>
    private static IEnumerable<(int Start, int End, string Term)> StandingTogether(TermsTogether group, List<GroupedToken> tokens)
    {
        var reach = group.Terms.Count - 1 + group.Slop;
        var positions = group.Terms.ToDictionary(
            groupTerm => groupTerm,
            groupTerm => tokens.Where(token => token.Term == groupTerm).Select(token => token.Position).Distinct().ToList(),
            StringComparer.Ordinal);
        foreach (var token in tokens.Where(token => positions.ContainsKey(token.Term)))
        {
            var within = token.IsWord ? reach : 0;
            if (group.Terms.All(other => other == token.Term || HasWithin(positions[other], token.Position, within)))
            {
                yield return (token.Start, token.End, group.Name);
            }
        }
    }

    /// <summary>A token holding a term of a group: the word itself, or one of its compound parts.</summary>
    private readonly record struct GroupedToken(int Position, bool IsWord, int Start, int End, string Term);

    /// <summary>Whether the ascending <paramref name="positions"/> hold one within <paramref name="reach"/> of <paramref name="position"/>.</summary>
    private static bool HasWithin(List<int> positions, int position, int reach)
    {
        var index = positions.BinarySearch(position - reach);
        var first = index >= 0 ? index : ~index;
        return first < positions.Count && positions[first] <= position + reach;
    }

    /// <summary>The marks' terms, to be found by the characters of a token without making a string of it.</summary>
    private sealed class Lookups(TermsToMark terms)
    {
        public IReadOnlyList<TermsTogether> Together => terms.Together;

        public TermLookup InWordsAndParts { get; } = Lookup(terms.InWordsAndParts);

        public TermLookup InWords { get; } = Lookup(terms.InWords);

        public TermLookup Grouped { get; } = Lookup(terms.Together.SelectMany(group => group.Terms));

        private readonly string[] _skeletons = [.. terms.InWordsAndParts.Concat(terms.InWords)
            .Concat(terms.Together.SelectMany(group => group.Terms))
            .Select(term => TextSkeleton.Of(term)).Distinct(StringComparer.Ordinal)];

        /// <summary>
        /// False only for a page that cannot hold a term: analyzing a page is most of a search's cost, and many
        /// pages of a hit hold none of its words (it matched on another page, in the title or in the metadata).
        /// </summary>
        public bool MayMatch(string page)
        {
            var skeleton = TextSkeleton.Of(page);
            return _skeletons.Any(term => skeleton.Contains(term, StringComparison.Ordinal));
        }

        private static TermLookup Lookup(IEnumerable<string> terms) => new HashSet<string>(terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// One candidate passage around each match, with the matches it holds. Matches come in text order, and so do the
    /// passages' starts and ends, so the matches inside are found with two pointers that only move forward: linear in
    /// the page, however often a word repeats. A page offers at most <see cref="MaxCandidatesPerPage"/> passages.
    /// </summary>
    private static IEnumerable<Passage> PassagesAround(int page, string text, List<(int Start, int End, string Term)> matches)
    {
        var first = 0;
        var last = 0;
        var step = Math.Max(1, matches.Count / MaxCandidatesPerPage);
        for (var i = 0; i < matches.Count; i += step)
        {
            var from = WordStart(text, Math.Max(0, matches[i].Start - ContextBefore));
            var to = WordEnd(text, Math.Min(text.Length, from + PassageLength));
            while (first < matches.Count && matches[first].Start < from)
            {
                first++;
            }

            last = Math.Max(last, first);
            while (last < matches.Count && matches[last].End <= to)
            {
                last++;
            }

            var inside = matches.GetRange(first, last - first);
            yield return new Passage(page, from, to, inside, inside.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count());
        }
    }

    /// <summary>Without a match (a search by filters only, or a match in the title alone): the first lines.</summary>
    private static IReadOnlyList<Snippet> Opening(IReadOnlyList<string> pages)
    {
        for (var page = 0; page < pages.Count; page++)
        {
            var text = pages[page];
            var first = 0;
            while (first < text.Length && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first < text.Length)
            {
                var passage = new Passage(page, first, WordEnd(text, Math.Min(text.Length, first + PassageLength)), [], 0);
                return [new Snippet(page + 1, Render(text, passage))];
            }
        }

        return [];
    }

    private static string Render(string text, Passage passage)
    {
        var html = new StringBuilder();
        if (!text.AsSpan(0, passage.Start).IsWhiteSpace())
        {
            html.Append('…');
        }

        var position = passage.Start;
        foreach (var (start, end, _) in passage.Matches.OrderBy(m => m.Start))
        {
            if (start < position)
            {
                continue;
            }

            html.Append(Escape(text[position..start]));
            html.Append("<mark>").Append(Escape(text[start..end])).Append("</mark>");
            position = end;
        }

        html.Append(Escape(text[position..passage.End]));
        if (!text.AsSpan(passage.End).IsWhiteSpace())
        {
            html.Append('…');
        }

        return html.ToString();
    }

    // Line breaks and runs of spaces from the page layout mean nothing inside one passage.
    // Only the characters HTML needs escaped: æ, ø and å stay readable in the JSON.
    private static string Escape(string text) => EscapeHtml(Whitespace().Replace(text, " "));

    private static string EscapeHtml(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A passage starts and ends on a word boundary, but never looks further than this for one: a "word" of
    // thousands of characters must not make every passage walk it.
    private const int MaxWordReach = 40;

    private static int WordStart(string text, int index)
    {
        var limit = Math.Max(0, index - MaxWordReach);
        while (index > limit && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + MaxWordReach);
        while (index < limit && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private sealed record Passage(int Page, int Start, int End, IReadOnlyList<(int Start, int End, string Term)> Matches, int DistinctTerms)
    {
        public bool Overlaps(Passage other) => Page == other.Page && Start < other.End && other.Start < End;
    }
}
