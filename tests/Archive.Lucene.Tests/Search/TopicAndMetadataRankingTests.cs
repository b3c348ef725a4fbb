using Archive.Lucene.Search;

namespace Archive.Lucene.Tests.Search;

/// <summary>
/// How a document's own metadata weighs in a search over a small index: its topic (when the searched word belongs to
/// that topic's words) and the council and type it names.
/// </summary>
public sealed class TopicAndMetadataRankingTests : IDisposable
{
    private const string Homelessness = "Hjemløshed og bolig";

    private readonly DanishArchiveAnalyzer _analyzer = new();
    private SmallIndex? _index;

    // A page about shelters mentions the word once; a budget page mentions it twice in passing.
    private static readonly (string Id, DocumentMetadata Metadata, string Text)[] ShelterPages =
    [
        ("about", Metadata("Pladser til hjemløse", topic: Homelessness),
            "Kommunens forsorgshjem har 40 pladser til hjemløse borgere, og ventetiden på en bolig er lang."),
        ("mention", Metadata("Budget 2024", topic: null),
            "Budgettet nævner forsorgshjem og forsorgshjem i en note; resten handler om veje, skoler og parker."),
    ];

    [Fact]
    public void Search_WordOfATopic_RanksTheDocumentAboutTheTopicAboveOneMentioningIt()
    {
        _index = new SmallIndex(ShelterTopic(), ShelterPages);

        Assert.Equal(["about", "mention"], _index.Search("forsorgshjem"));
    }

    [Fact]
    public void Search_WithoutTopicWords_RanksByTheTextAlone()
    {
        _index = new SmallIndex(TopicWords.None, ShelterPages);

        Assert.Equal(["mention", "about"], _index.Search("forsorgshjem"));
    }

    [Fact]
    public void Search_WordOfATopic_DoesNotFindDocumentsOfTheTopicWithoutTheWord()
    {
        _index = new SmallIndex(
            ShelterTopic(),
            ("night cafe", Metadata("Natcaféen", topic: Homelessness), "Natcaféen har åbent hele natten for hjemløse."),
            ("shelter", Metadata("Forsorgshjem", topic: Homelessness), "Et forsorgshjem giver midlertidigt ophold."));

        Assert.Equal(["shelter"], _index.Search("forsorgshjem"));
    }

    [Fact]
    public void Search_WordWithSynonyms_FindsTheSynonymsDocumentsBelowThoseUsingTheWord()
    {
        _index = new SmallIndex(
            TopicWords.None,
            ("herberg", Metadata("Herberget", topic: null), "Herberget har åbent hele natten for hjemløse, og herberget er fuldt."),
            ("shelter", Metadata("Nyt tilbud", topic: null), "Et forsorgshjem giver midlertidigt ophold."),
            ("night cafe", Metadata("Natcaféen", topic: null), "Natcaféen har åbent hele natten for hjemløse."));

        Assert.Equal(["shelter", "herberg"], _index.Search("forsorgshjem"));
        Assert.Equal(["herberg", "shelter"], _index.Search("herberg"));
        Assert.Equal(["herberg", "shelter"], _index.Search("§ 110").Order(StringComparer.Ordinal));

        // Quotes, like every piece of query syntax, keep the words' strict meaning.
        Assert.Equal(["shelter"], _index.Search("\"forsorgshjem\""));
    }

    [Fact]
    public void Search_Synonym_IsFoundAsAWholeWord_NotThroughItsPartsApart()
    {
        _index = new SmallIndex(
            TopicWords.None,
            ("compound", Metadata("Notat", topic: null), "Rusmiddelbrug blandt unge stiger."),
            ("parts apart", Metadata("Notat", topic: null), "Brug af rusmiddel blandt unge stiger."));

        // misbrug's ring holds rusmiddelbrug: the word itself, but not rusmiddel and brug standing near each other.
        Assert.Equal(["compound"], _index.Search("misbrug"));
        Assert.Equal(["compound", "parts apart"], _index.Search("rusmiddelbrug"));
    }

    [Fact]
    public void Search_WordsNamingTypeAndCouncil_RankTheCouncilsOwnHearingResponseAboveMinutesSayingTheSame()
    {
        _index = new SmallIndex(
            TopicWords.None,
            ("minutes", Metadata("Punkt 4", topic: null, type: "Referat", council: "Socialudvalget"),
                "Ældrerådet har sendt et høringssvar om budgettet for hjemmeplejen."),
            ("response", Metadata("Punkt 4", topic: null, type: "Høringssvar", council: "Ældrerådet"),
                "Ældrerådet har skrevet et høringssvar om budgettet for hjemmeplejen."));

        Assert.Equal(["response", "minutes"], _index.Search("høringssvar ældrerådet"));
    }

    [Fact]
    public void Search_WordNamingACouncil_FindsTheCouncilsDocumentsThatDoNotNameIt()
    {
        _index = new SmallIndex(
            TopicWords.None,
            ("own", Metadata("Referat", topic: null, council: "Udsatterådet"), "Rådet drøftede varmestuens åbningstider."),
            ("other", Metadata("Referat", topic: null, council: "Ældrerådet"), "Rådet drøftede hjemmeplejens åbningstider."),
            ("none", Metadata("Referat", topic: null), "Udvalget drøftede hjemmeplejens åbningstider."));

        Assert.Equal(["own"], _index.Search("udsatterådet"));
    }

    private TopicWords ShelterTopic() =>
        new([(Homelessness, new[] { "forsorgshjem", "herberg", "hjemløs" }.Select(word => _analyzer.Terms(word).Single()))]);

    private static DocumentMetadata Metadata(string title, string? topic, string? type = null, string? council = null)
    {
        var metadata = new DocumentMetadata().With(MetadataFields.Title, title, source: null);
        metadata = topic is null ? metadata : metadata.With(MetadataFields.Topics, topic, source: null);
        metadata = type is null ? metadata : metadata.With(MetadataFields.Type, type, source: null);
        return council is null ? metadata : metadata.With(MetadataFields.Council, council, source: null);
    }

    public void Dispose()
    {
        _index?.Dispose();
        _analyzer.Dispose();
    }
}
