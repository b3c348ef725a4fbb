namespace Archive.Lucene.Search;

/// <summary>
/// The words of the archive's topics (the taxonomy the ingestion classifies documents by), by analysed term: which
/// topics a query word belongs to. A document the classifier found to be about that topic ranks above one that only
/// mentions the word (see <see cref="WordQueryBuilder"/>): <c>forsorgshjem</c> is a word of "Hjemløshed og bolig".
/// </summary>
public sealed class TopicWords
{
    private readonly Dictionary<string, string[]> _topicsByTerm;

    /// <param name="topics">Each topic with the analysed terms of its one-word entries (a query word is one term).</param>
    public TopicWords(IEnumerable<(string Topic, IEnumerable<string> Terms)> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        _topicsByTerm = topics
            .SelectMany(topic => topic.Terms.Select(term => (Term: term, topic.Topic)))
            .GroupBy(entry => entry.Term, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Topic).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>No taxonomy: words rank by the text and the metadata alone.</summary>
    public static TopicWords None { get; } = new([]);

    /// <summary>The topics whose words include <paramref name="term"/> (an analysed term of the text field); empty for other words.</summary>
    public IReadOnlyList<string> TopicsOf(string term) => _topicsByTerm.TryGetValue(term, out var topics) ? topics : [];
}
