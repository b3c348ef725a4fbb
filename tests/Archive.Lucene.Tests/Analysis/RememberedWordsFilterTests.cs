using Archive.Lucene.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Tests.Analysis;

public sealed class RememberedWordsFilterTests : IDisposable
{
    private static readonly string[] StemmedFields = [ArchiveFields.Text, ArchiveFields.TextParts, ArchiveFields.Title, ArchiveFields.TitleParts, ArchiveFields.MetadataText];

    // Every word analysed afresh: the chain as it would be without remembering.
    private readonly DanishArchiveAnalyzer _plain = new(CompoundSplitter.Danish, rememberedWords: 0);
    private readonly DanishArchiveAnalyzer _remembering = new();

    [Theory]
    [InlineData("Og det er stofmisbrugsbehandlingen, og borgerne i Aarhus har brug for det")]
    [InlineData("jf. § 18, stk. 2, og §85a i serviceloven samt § 18")]
    [InlineData("kontanthjælpsmodtagere kontanthjælpsmodtagere kontanthjælpsmodtagere og")]
    [InlineData("Det er den som de har")]
    [InlineData("")]
    public void Tokens_RememberedTwice_AreThoseOfThePlainChain(string text)
    {
        foreach (var field in StemmedFields)
        {
            var expected = Stream(_plain, field, text);
            Assert.Equal(expected, Stream(_remembering, field, text));
            Assert.Equal(expected, Stream(_remembering, field, text));
        }
    }

    [Fact]
    public void Tokens_TextEndingInStopWords_CarryTheirPositionsToTheNextPage()
    {
        // Pages are consecutive values of one field: the positions of stop words that end a page move the next
        // page's words on, as the stop filter does, or a phrase over the page break would match where it should not.
        var (_, finalIncrement) = Stream(_remembering, ArchiveFields.Text, "borgerne har brug for det og");

        Assert.Equal(Stream(_plain, ArchiveFields.Text, "borgerne har brug for det og").FinalIncrement, finalIncrement);
        Assert.Equal(3, finalIncrement);
    }

    [Fact]
    public void Tokens_CompoundWord_PartsStandAtTheWordsPositionWithItsOffsets()
    {
        var tokens = _remembering.Tokens("om stofmisbrugsbehandling", ArchiveFields.TextParts);

        Assert.Equal(["stofmisbrugsbehandling", "stofmisbrug", "stof", "misbrug", "behandling"], tokens.Select(token => token.Term));
        Assert.All(tokens, token => Assert.Equal((1, 3, 25), (token.Position, token.Start, token.End)));
    }

    [Fact]
    public void Remember_WhenFull_KeepsNoMoreWordsAndTheAnalysisStaysRight()
    {
        using var small = new DanishArchiveAnalyzer(CompoundSplitter.Danish, rememberedWords: 2);
        const string text = "borgerne bor i boliger og boligerne er borgernes";

        Assert.Equal(Stream(_plain, ArchiveFields.Text, text), Stream(small, ArchiveFields.Text, text));
        Assert.Equal(Stream(_plain, ArchiveFields.Text, text), Stream(small, ArchiveFields.Text, text));
    }

    [Fact]
    public void Remember_BeyondCapacityOrTooLong_IsNotKept()
    {
        var memory = new RememberedWords(2);
        memory.Remember("borgerne", ["borg"]);
        memory.Remember(new string('a', 41), ["a"]);
        memory.Remember("bolig", ["bolig"]);
        memory.Remember("boligerne", ["bolig"]);

        Assert.Equal(2, memory.Count);
        Assert.True(memory.TryGet("bolig", out _));
        Assert.False(memory.TryGet("boligerne", out _));
        Assert.False(memory.TryGet(new string('a', 41), out _));
    }

    [SharedFact]
    public void Tokens_EveryCorpusPage_AreThoseOfThePlainChain()
    {
        // Remembering is right only if every filter of the chain reads one word at a time; real pages hold the
        // stop words, sections, numbers and compounds that would show it if one did not.
        var pages = TestData.CorpusDkPages();
        foreach (var field in new[] { ArchiveFields.Text, ArchiveFields.TextParts })
        {
            foreach (var page in pages)
            {
                Assert.Equal(Stream(_plain, field, page), Stream(_remembering, field, page));
            }
        }
    }

    private static Analysis Stream(DanishArchiveAnalyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int, string)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type));
        }

        stream.End();
        return new Analysis(tokens, increment.PositionIncrement);
    }

    private sealed record Analysis(List<(string Term, int Start, int End, int Increment, string Type)> Tokens, int FinalIncrement)
    {
        public bool Equals(Analysis? other) => other is not null && FinalIncrement == other.FinalIncrement && Tokens.SequenceEqual(other.Tokens);

        public override int GetHashCode() => FinalIncrement;
    }

    public void Dispose()
    {
        _plain.Dispose();
        _remembering.Dispose();
    }
}
