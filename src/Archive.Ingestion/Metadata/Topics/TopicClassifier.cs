using System.Text;
using Archive.Lucene;

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
    private const int MaximumTextLength = 100_000;

    private readonly IReadOnlyList<Topic> _topics;
    private readonly DanishArchiveAnalyzer _analyzer;
    private readonly TopicThresholds _thresholds;

    public TopicClassifier(IReadOnlyList<Topic> topics, DanishArchiveAnalyzer analyzer, TopicThresholds? thresholds = null)
    {
        _topics = topics;
        _analyzer = analyzer;
        _thresholds = thresholds ?? new TopicThresholds();
    }

    /// <summary>The taxonomy beside the program, which the operator may edit.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Metadata", "Topics", FileName);

    public IReadOnlyList<Topic> Topics => _topics;

    /// <summary>Reads a taxonomy, analysing its words as the index analyses text.</summary>
    public static TopicClassifier Load(string path, DanishArchiveAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var topics = new List<Topic>();
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

            var terms = columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(word => analyzer.Terms(word))
                .Where(terms => terms.Count > 0)
                .ToList();
            topics.Add(new Topic(columns[0].Trim(), terms));
        }

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
        var candidates = new List<(string Name, int Hits, double Weight)>();
        foreach (var topic in _topics)
        {
            var hits = CountHits(topic, textTerms);
            var inTitle = CountHits(topic, titleTerms) > 0;
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

    private static int CountHits(Topic topic, IReadOnlyList<string> terms)
    {
        var hits = 0;
        for (var i = 0; i < terms.Count; i++)
        {

            foreach (var sequence in topic.Terms)
            {
                if (Matches(sequence, terms, i))
                {
                    hits++;
                    break;
                }
            }
        }

        return hits;
    }

    private static bool Matches(IReadOnlyList<string> sequence, IReadOnlyList<string> terms, int start)
    {
        if (sequence.Count == 1)
        {
            return Matches(sequence[0], terms[start]);
        }

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

    // Danish compounds put the head last and the modifier first, often with a linking s:
    // "stofmisbrug", "misbrugsbehandling" both contain "misbrug".
    private static bool Matches(string stem, string term) =>
        term == stem
        || (stem.Length >= CompoundStemLength && term.Length > stem.Length
            && (term.StartsWith(stem, StringComparison.Ordinal) || term.EndsWith(stem, StringComparison.Ordinal)));
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
