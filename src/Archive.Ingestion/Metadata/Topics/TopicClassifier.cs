using System.Text;
using Archive.Lucene;
using Archive.Lucene.Search;

namespace Archive.Ingestion.Metadata.Topics;

/// <summary>A topic of the taxonomy with its Danish words, each reduced to the terms the analyzer makes of it.</summary>
/// <param name="Name">The topic as indexed and shown, e.g. "Hjemløshed og bolig".</param>
/// <param name="Terms">Analysed words; a multi-word entry ("housing first") is a sequence of terms.</param>
internal sealed record Topic(string Name, IReadOnlyList<IReadOnlyList<string>> Terms);

/// <summary>
/// Gives a document the topics it is about, from <c>topics.tsv</c> (editable by the operator). Words are matched on
/// the same analysis as search (stems, aa/å), and long words also inside compounds, so inflections and compounds
/// count. A topic needs weight, not one mention: enough hits and a large enough share of the text, or a hit in
/// the title with hits in the text.
/// </summary>
internal sealed class TopicClassifier
{
    public const string FileName = "topics.tsv";

    /// <summary>Shortest stem matched inside compounds; shorter stems ("ung", "bpa") only match whole words.</summary>
    private const int CompoundStemLength = 4;

    /// <summary>Longest text analysed: the topic of a long report shows in its first part.</summary>
    internal const int MaximumTextLength = 100_000;

    private readonly IReadOnlyList<Topic> _topics;
    private readonly DanishArchiveAnalyzer _analyzer;
    private readonly TopicThresholds _thresholds;

    // Topic numbers by the single words of their lists: whole terms, and stems long enough to match inside
    // compounds. Looking a term up here replaces comparing it with every word of every topic.
    private readonly Dictionary<string, int[]> _byWholeTerm;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byCompoundStem;

    // Multi-word entries ("housing first") by their first term.
    private readonly Dictionary<string, (int Topic, IReadOnlyList<string> Sequence)[]> _byFirstTermOfSequence;

    public TopicClassifier(IReadOnlyList<Topic> topics, DanishArchiveAnalyzer analyzer, TopicThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        _topics = topics;
        _analyzer = analyzer;
        _thresholds = thresholds ?? new TopicThresholds();
        var singles = topics.SelectMany((topic, number) => topic.Terms.Where(sequence => sequence.Count == 1).Select(sequence => (Stem: sequence[0], Topic: number))).ToList();
        _byWholeTerm = TopicsBy(singles);
        _byCompoundStem = TopicsBy(singles.Where(single => single.Stem.Length >= CompoundStemLength)).GetAlternateLookup<ReadOnlySpan<char>>();
        _byFirstTermOfSequence = topics
            .SelectMany((topic, number) => topic.Terms.Where(sequence => sequence.Count > 1).Select(sequence => (Topic: number, Sequence: sequence)))
            .GroupBy(entry => entry.Sequence[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The taxonomy beside the program, which the operator may edit.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Metadata", "Topics", FileName);

    public IReadOnlyList<Topic> Topics => _topics;

    /// <summary>Every topic's one-word entries, by which search ranks documents about a searched word's topic higher.</summary>
    public TopicWords Words() =>
        new(_topics.Select(topic => (topic.Name, topic.Terms.Where(sequence => sequence.Count == 1).Select(sequence => sequence[0]))));

    /// <summary>Reads a taxonomy, analysing its words as the index analyses text.</summary>
    public static TopicClassifier Load(string path, DanishArchiveAnalyzer analyzer) => Analysed(ReadEntries(path), analyzer);

    /// <summary>
    /// Reads a taxonomy now and analyses its words on a thread of its own. The analysis waits for the compound word
    /// list, itself loading in the background, and a starting ingest opens the index and reads its first files
    /// meanwhile (docs/benchmarks.md, "Reading ahead, and the topic list in the background"); the first document's
    /// metadata waits for what is left. The file is read and
    /// checked before this returns, so one that cannot be read stops the start, naming its path, before any file of
    /// the inbox is taken.
    /// </summary>
    public static Lazy<TopicClassifier> LoadInBackground(string path, DanishArchiveAnalyzer analyzer)
    {
        var entries = ReadEntries(path);
        return LoadedInBackground.Start(new Lazy<TopicClassifier>(() => Analysed(entries, analyzer)));
    }

    /// <summary>Each topic of the file with its words as written.</summary>
    private static List<(string Name, string[] Words)> ReadEntries(string path)
    {
        var entries = new List<(string Name, string[] Words)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("topic\t", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                throw new FormatException($"{path}: expected a topic and its words separated by a tab in '{line}'");
            }

            entries.Add((columns[0].Trim(), columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return entries;
    }

    private static TopicClassifier Analysed(IEnumerable<(string Name, string[] Words)> entries, DanishArchiveAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var topics = entries
            .Select(entry => new Topic(entry.Name, [.. entry.Words.Select(word => analyzer.Terms(word)).Where(terms => terms.Count > 0)]))
            .ToList();
        return new TopicClassifier(topics, analyzer);
    }

    /// <summary>The topics a document is about, read from its text and title.</summary>
    public IReadOnlyList<string> Classify(string text, string? title)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analysed = text.Length > MaximumTextLength ? text[..MaximumTextLength] : text;
        return Classify(_analyzer.Terms(analysed), _analyzer.Terms(title ?? string.Empty));
    }

    /// <summary>The topics analysed text is about, the densest first.</summary>
    public IReadOnlyList<string> Classify(IReadOnlyList<string> textTerms, IReadOnlyList<string> titleTerms)
    {
        ArgumentNullException.ThrowIfNull(textTerms);
        ArgumentNullException.ThrowIfNull(titleTerms);
        var textHits = CountHits(textTerms);
        var titleHits = CountHits(titleTerms);
        var candidates = new List<(string Name, int Hits, double Weight)>();
        for (var number = 0; number < _topics.Count; number++)
        {
            var topic = _topics[number];
            var hits = textHits[number];
            var inTitle = titleHits[number] > 0;
            // Share of the text, but a long report is not held to the density of a one-page letter.
            var density = textTerms.Count == 0 ? 0 : (double)hits / Math.Min(textTerms.Count, _thresholds.DensityWindow);
            if ((hits >= _thresholds.MinimumHits && density >= _thresholds.MinimumDensity)
                || (inTitle && hits >= _thresholds.MinimumHitsWithTitle))
            {
                candidates.Add((topic.Name, hits, density + (inTitle ? 1 : 0)));
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        // A second topic must be a real part of the text, not a side remark in a text about the first.
        var strongest = candidates.Max(candidate => candidate.Hits);
        return candidates
            .OrderByDescending(candidate => candidate.Weight)
            .Where(candidate => candidate.Hits >= _thresholds.MinimumShareOfStrongest * strongest)
            .Take(_thresholds.MaximumTopics)
            .Select(candidate => candidate.Name)
            .ToList();
    }

    private static Dictionary<string, int[]> TopicsBy(IEnumerable<(string Stem, int Topic)> words) =>
        words.GroupBy(word => word.Stem, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(word => word.Topic).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>For every topic, how many positions of <paramref name="terms"/> hold one of its words (at most one hit per position).</summary>
    private int[] CountHits(IReadOnlyList<string> terms)
    {
        var hits = new int[_topics.Count];
        var countedAt = new int[_topics.Count];
        var topicsOfTerm = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            var position = i + 1;
            var term = terms[i];
            if (!topicsOfTerm.TryGetValue(term, out var topics))
            {
                topics = TopicsOfSingleTerm(term);
                topicsOfTerm[term] = topics;
            }

            foreach (var topic in topics)
            {
                Count(topic);
            }

            if (_byFirstTermOfSequence.TryGetValue(term, out var sequences))
            {
                foreach (var (topic, sequence) in sequences)
                {
                    if (countedAt[topic] != position && Matches(sequence, terms, i))
                    {
                        Count(topic);
                    }
                }
            }

            void Count(int topic)
            {
                if (countedAt[topic] != position)
                {
                    countedAt[topic] = position;
                    hits[topic]++;
                }
            }
        }

        return hits;
    }

    /// <summary>
    /// The topics a term belongs to: a word of the topic as it is, or, for words of four letters or more, at the
    /// start or the end of a longer term. Danish compounds put the head last and the modifier first, often with a
    /// linking s: "stofmisbrug", "misbrugsbehandling" both contain "misbrug".
    /// </summary>
    private int[] TopicsOfSingleTerm(string term)
    {
        var found = _byWholeTerm.TryGetValue(term, out var whole) ? new HashSet<int>(whole) : null;
        for (var length = CompoundStemLength; length < term.Length; length++)
        {
            Add(term.AsSpan(0, length));
            Add(term.AsSpan(term.Length - length));
        }

        return found is null ? [] : [.. found];

        void Add(ReadOnlySpan<char> stem)
        {
            if (_byCompoundStem.TryGetValue(stem, out var topics))
            {
                (found ??= []).UnionWith(topics);
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> sequence, IReadOnlyList<string> terms, int start)
    {
        if (start + sequence.Count > terms.Count)
        {
            return false;
        }

        for (var j = 0; j < sequence.Count; j++)
        {
            if (terms[start + j] != sequence[j])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>How much of a text must be about a topic before the document gets it.</summary>
/// <param name="MinimumHits">Words of the topic in the text, without a title hit.</param>
/// <param name="MinimumDensity">Share of the text's terms that are words of the topic.</param>
/// <param name="MinimumHitsWithTitle">Words of the topic in the text when the title names it too.</param>
/// <param name="MaximumTopics">At most this many topics, the densest first.</param>
/// <param name="MinimumShareOfStrongest">A topic needs at least this share of the hits of the document's strongest topic.</param>
/// <param name="DensityWindow">Density is hits per this many terms at most, so that long documents can reach it.</param>
/// <remarks>The defaults were set on the hand-labelled documents (docs/metadata.md): most papers are about one or two topics.</remarks>
internal sealed record TopicThresholds(int MinimumHits = 4, double MinimumDensity = 0.03, int MinimumHitsWithTitle = 2, int MaximumTopics = 3, double MinimumShareOfStrongest = 0.5, int DensityWindow = 300);
