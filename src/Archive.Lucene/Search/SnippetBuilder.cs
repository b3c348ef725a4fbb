using System.Buffers;
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

    // Stretches of a page analyzed for matches (see Lookups.Stretches): the characters added on each side of a place
    // where a term may stand, before widening to whole words; how far to look for the space that ends a word; how many
    // places before the whole page is analyzed instead; how many words keep two stretches apart (more than the parts
    // of any compound with their slop, see WordQueryBuilder), and the positions put between them.
    private const int Margin = 16;
    private const int MaxReachForSpace = 256;
    private const int MaxPlaces = 256;
    private const int MinWordsApart = 32;
    private const int StretchPositionGap = 1_000;

    /// <summary>Analyze every page whole instead of the stretches that may hold a term: the reference the stretches are tested against.</summary>
    internal bool AnalyzeWholePages { get; init; }

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
            if (!terms.IsEmpty)
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
        // Only the stretches of the page where a term may stand are analyzed (see Lookups.Stretches); the matches
        // come out in text order, as from the whole page.
        var matches = new List<(int Start, int End, string Term)>();
        var grouped = new List<GroupedToken>();
        var position = -1;
        foreach (var (start, end) in AnalyzeWholePages ? [(0, text.Length)] : terms.Stretches(text))
        {
            FindMatches(start == 0 && end == text.Length ? text : text[start..end], start, terms, matches, grouped, ref position);

            // Stretches lie apart by more than any group reaches: their words never count as standing together.
            position += StretchPositionGap;
        }

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
    /// The matches and grouped tokens of one stretch of a page starting at <paramref name="offset"/>, added to
    /// <paramref name="matches"/> and <paramref name="grouped"/> with offsets in the page; <paramref name="position"/>
    /// goes on from the last position before the stretch.
    /// </summary>
    private void FindMatches(string stretch, int offset, Lookups terms, List<(int Start, int End, string Term)> matches, List<GroupedToken> grouped, ref int position)
    {
        // The parts analysis holds the stemmed words and, at the same offsets, the parts of compounds:
        // a word is one match however many of its parts were searched for. The tokens are looked up in the
        // stream's own buffer: a page has thousands of words and only the matches become strings.
        var lastStart = -1;
        using var stream = analyzer.GetTokenStream(ArchiveFields.TextParts, stretch);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // A word moves the position on; its compound parts follow it at the same position.
            var isWord = increment.PositionIncrement > 0;
            position += increment.PositionIncrement;
            var characters = term.Buffer.AsSpan(0, term.Length);
            var (start, end) = (offset + offsets.StartOffset, offset + offsets.EndOffset);
            if (start != lastStart
                && (terms.InWordsAndParts.TryGetValue(characters, out var matched) || (isWord && terms.InWords.TryGetValue(characters, out matched))))
            {
                matches.Add((start, end, matched));
                lastStart = start;
            }

            if (terms.Grouped.TryGetValue(characters, out var groupTerm))
            {
                grouped.Add(new GroupedToken(position, isWord, start, end, groupTerm));
            }
        }

        stream.End();
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
        /// The stretches of a page that may hold a term, in text order, to be analyzed instead of the whole page:
        /// analyzing pages is most of a search's cost, and a hit's words mostly stand in a few places of it (or on
        /// another page, or in the title). A term's skeleton stands in the skeleton of the word it comes from (see
        /// <see cref="TextSkeleton"/>), so every place the skeletons meet is taken, widened to whole words. None for
        /// a page that cannot hold a term; the whole page when the places are many or cover most of it.
        /// </summary>
        public List<(int Start, int End)> Stretches(string page)
        {
            if (_skeletons.Any(term => term.Length == 0))
            {
                return [(0, page.Length)];
            }

            var origins = ArrayPool<int>.Shared.Rent(page.Length);
            try
            {
                var skeleton = TextSkeleton.Of(page, origins);
                var places = new List<(int Start, int End)>();
                foreach (var term in _skeletons)
                {
                    for (var at = skeleton.IndexOf(term, StringComparison.Ordinal); at >= 0; at = skeleton.IndexOf(term, at + 1, StringComparison.Ordinal))
                    {
                        if (places.Count == MaxPlaces)
                        {
                            return [(0, page.Length)];
                        }

                        places.Add((origins[at], origins[at + term.Length - 1] + 1));
                    }
                }

                return Widened(page, places);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(origins);
            }
        }

        /// <summary>
        /// Each place widened by a margin to the spaces around its words (never between a section sign and its
        /// number, which the analyzer reads as one word), and merged with the next unless many words lie between:
        /// more than any group of compound parts reaches, so no words of two stretches ever count as standing together.
        /// </summary>
        private static List<(int Start, int End)> Widened(string page, List<(int Start, int End)> places)
        {
            var stretches = new List<(int Start, int End)>();
            var covered = 0;
            foreach (var (placeStart, placeEnd) in places.OrderBy(place => place.Start))
            {
                var start = StartOfWords(page, Math.Max(0, placeStart - Margin));
                var end = EndOfWords(page, Math.Min(page.Length, placeEnd + Margin));
                if (start < 0 || end < 0)
                {
                    return [(0, page.Length)];
                }

                if (stretches.Count > 0 && (start <= stretches[^1].End || !WordsApart(page, stretches[^1].End, start)))
                {
                    covered -= stretches[^1].End - stretches[^1].Start;
                    (start, end) = (stretches[^1].Start, Math.Max(end, stretches[^1].End));
                    stretches.RemoveAt(stretches.Count - 1);
                }

                stretches.Add((start, end));
                covered += end - start;
            }

            return covered > page.Length / 2 ? [(0, page.Length)] : stretches;
        }

        /// <summary>The start of the words at <paramref name="index"/>: just after a space; -1 when none is near.</summary>
        private static int StartOfWords(string page, int index)
        {
            for (var limit = Math.Max(0, index - MaxReachForSpace); index > 0; index--)
            {
                if (index == limit)
                {
                    return -1;
                }

                if (char.IsWhiteSpace(page[index - 1]) && !AfterSectionSign(page, index - 1))
                {
                    return index;
                }
            }

            return 0;
        }

        /// <summary>The end of the words at <paramref name="index"/>: at a space; -1 when none is near.</summary>
        private static int EndOfWords(string page, int index)
        {
            for (var limit = Math.Min(page.Length, index + MaxReachForSpace); index < page.Length; index++)
            {
                if (index == limit)
                {
                    return -1;
                }

                if (char.IsWhiteSpace(page[index]))
                {
                    return index;
                }
            }

            return page.Length;
        }

        // "§ 18" and "§\n18" are one word to the analyzer.
        private static bool AfterSectionSign(string page, int space)
        {
            while (space > 0 && char.IsWhiteSpace(page[space - 1]))
            {
                space--;
            }

            return space > 0 && page[space - 1] == '§';
        }

        /// <summary>Whether at least <see cref="MinWordsApart"/> words (runs holding a letter or digit) lie between the two offsets.</summary>
        private static bool WordsApart(string page, int from, int to)
        {
            var words = 0;
            var inWord = false;
            for (var i = from; i < to && words < MinWordsApart; i++)
            {
                var wordCharacter = char.IsLetterOrDigit(page[i]);
                words += wordCharacter && !inWord ? 1 : 0;
                inWord = wordCharacter || (inWord && !char.IsWhiteSpace(page[i]));
            }

            return words >= MinWordsApart;
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
