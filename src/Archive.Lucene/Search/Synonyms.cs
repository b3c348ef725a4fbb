using Archive.Lucene.Analysis;

namespace Archive.Lucene.Search;

/// <summary>
/// Rings of expressions that council papers use for the same thing (Analysis/synonyms.txt): "§ 85", "bostøtte" and
/// "socialpædagogisk støtte"; "ældreråd" and "seniorråd". Expressions are compared by their stems, so a typed word
/// matches an expression in any of its inflections.
/// </summary>
public sealed class Synonyms
{
    /// <summary>The longest expression, in words typed: a query is looked through for spans of up to this many.</summary>
    private readonly int _longest;

    // Each expression's stems, joined by a space, and the ring it belongs to.
    private readonly Dictionary<string, int> _ringByStems = new(StringComparer.Ordinal);
    private readonly List<Expression[]> _rings = [];
    private readonly DanishArchiveAnalyzer _analyzer;

    /// <param name="rings">Each ring's expressions as written.</param>
    public Synonyms(DanishArchiveAnalyzer analyzer, IEnumerable<IReadOnlyList<string>> rings)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(rings);
        _analyzer = analyzer;
        foreach (var ring in rings)
        {
            var id = _rings.Count;
            var expressions = ring.Select(text => new Expression(text, string.Join(' ', Stems(text)))).ToArray();
            _rings.Add(expressions);
            foreach (var expression in expressions)
            {
                if (expression.Stems.Length == 0)
                {
                    throw new ArgumentException($"The synonym '{expression.Text}' holds only stop words.", nameof(rings));
                }

                // An expression in two rings would join them silently; the list must say which it means.
                if (!_ringByStems.TryAdd(expression.Stems, id) && _ringByStems[expression.Stems] != id)
                {
                    throw new ArgumentException($"The synonym '{expression.Text}' stands in two rings.", nameof(rings));
                }

                _longest = Math.Max(_longest, SectionNumbers.JoinInQuery(expression.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            }
        }
    }

    /// <summary>No synonyms: every word finds only itself.</summary>
    public static Synonyms None(DanishArchiveAnalyzer analyzer) => new(analyzer, []);

    /// <summary>The rings shipped with the archive (Analysis/synonyms.txt).</summary>
    public static Synonyms BuiltIn(DanishArchiveAnalyzer analyzer) => new(analyzer, Parse(WordLists.Read("synonyms.txt")));

    /// <summary>Reads rings written one per line, expressions apart by '|'; '#' starts a comment.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            .. text.Split('\n')
                .Select(line => line.Split('#')[0].Trim())
                .Where(line => line.Length > 0)
                .Select(line => (IReadOnlyList<string>)[.. line.Split('|').Select(expression => expression.Trim()).Where(expression => expression.Length > 0)])
                .Where(ring => ring.Count > 1),
        ];
    }

    /// <summary>
    /// The spans of <paramref name="words"/> (typed words, sections joined: §85) that are an expression of a ring, the
    /// longest expression first, each with the ring's other expressions. A query naming one thing twice ("§ 85
    /// bostøtte") asks for both words, so a ring met twice in one query is not used.
    /// </summary>
    public IReadOnlyList<SynonymSpan> Find(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stems = words.Select(Stems).ToArray();
        var spans = new List<(SynonymSpan Span, int Ring)>();
        for (var start = 0; start < words.Count;)
        {
            // A span begins with a word of its own, not a stop word before it.
            if (stems[start].Length == 0)
            {
                start++;
                continue;
            }

            var length = Math.Min(_longest, words.Count - start);
            for (; length >= 1; length--)
            {
                var typed = string.Join(' ', stems.Skip(start).Take(length).SelectMany(word => word));
                if (typed.Length > 0 && _ringByStems.TryGetValue(typed, out var ring))
                {
                    spans.Add((new SynonymSpan(start, length, [.. _rings[ring].Where(expression => expression.Stems != typed).Select(expression => expression.Text)]), ring));
                    break;
                }
            }

            start += Math.Max(length, 1);
        }

        return [.. spans.Where(span => spans.Count(other => other.Ring == span.Ring) == 1).Select(span => span.Span)];
    }

    private sealed record Expression(string Text, string Stems);

    private string[] Stems(string text) => [.. _analyzer.Tokens(text, ArchiveFields.Text).Select(token => token.Term)];
}

/// <summary>Typed words <paramref name="Start"/> to <paramref name="Start"/> + <paramref name="Length"/> name what <paramref name="Others"/> name too.</summary>
public sealed record SynonymSpan(int Start, int Length, IReadOnlyList<string> Others);
