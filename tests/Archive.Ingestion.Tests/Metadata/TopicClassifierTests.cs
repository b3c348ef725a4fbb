using Archive.Ingestion.Metadata.Topics;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class TopicClassifierTests
{
    private static readonly TopicClassifier Classifier = TestMetadata.Topics;

    [Fact]
    public void Default_HoldsTheTenTopicsOfTheTaxonomy()
    {
        Assert.Equal(
            ["Misbrug og rusmidler", "Hjemløshed og bolig", "Beskæftigelse og kontanthjælp", "Psykiatri og mental sundhed", "Handicap",
                "Økonomi og budget", "Børn og unge", "Ældre", "Frivillighed og civilsamfund", "Recovery og rehabilitering"],
            Classifier.Topics.Select(topic => topic.Name));
    }

    [Fact]
    public void Classify_InflectionsAndCompounds_Count()
    {
        var text = "Stofmisbrug og misbrugsbehandling. Misbrugere får tilbud, og alkoholbehandlingen udvides for misbruget.";

        Assert.Equal(["Misbrug og rusmidler"], Classifier.Classify(text, "Om behandling"));
    }

    [Fact]
    public void Classify_PassingMention_DoesNotCount()
    {
        var text = string.Join(' ', Enumerable.Repeat("Kommunens budget for de hjemløse og herbergerne skal styrkes med flere boliger til hjemløse.", 5))
            + " Nogle af dem har også et misbrug.";

        var topics = Classifier.Classify(text, "Hjemløshed");

        Assert.Contains("Hjemløshed og bolig", topics);
        Assert.DoesNotContain("Misbrug og rusmidler", topics);
    }

    [Fact]
    public void Classify_AaSpelling_MatchesTheModernWord()
    {
        var text = "Aeldre borgere i plejeboliger. Ældre på plejecentre og i hjemmeplejen. Demens blandt ældre.";

        Assert.Contains("Ældre", Classifier.Classify(text, null));
    }

    [Fact]
    public void Classify_TextAboutNothingInTheTaxonomy_HasNoTopics()
    {
        Assert.Empty(Classifier.Classify("Vejarbejdet på Strandvejen afsluttes i næste uge, og cykelstien åbner igen.", "Vejarbejde"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_OperatorsFile_AddsTheirTopic(bool inBackground)
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("topics.tsv");
        File.WriteAllText(path, "# my topics\ntopic\twords\nTrafik\tcykelsti, vejarbejde, trafik\n");

        var classifier = inBackground ? TopicClassifier.LoadInBackground(path, TestMetadata.Analyzer).Value : TopicClassifier.Load(path, TestMetadata.Analyzer);

        Assert.Equal(["Trafik"], classifier.Classify("Vejarbejdet på Strandvejen afsluttes, og cykelstien åbner igen for trafikken. Trafik.", "Vejarbejde"));
    }

    [Fact]
    public void LoadInBackground_BrokenFile_ThrowsBeforeReturningNamingTheFile()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("topics.tsv");
        File.WriteAllText(path, "Trafik uden tabulator\n");

        var problem = Assert.Throws<FormatException>(() => TopicClassifier.LoadInBackground(path, TestMetadata.Analyzer));
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trafik uden tabulator\n")]
    [InlineData(null)]
    public void LoadTopics_BrokenOrMissingFile_StopsTheStartNamingTheFile(string? content)
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("topics.tsv");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        var problem = Assert.Throws<IngestionUnavailableException>(() => IngestionServiceCollectionExtensions.LoadTopics(path, TestMetadata.Analyzer));
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }
}
