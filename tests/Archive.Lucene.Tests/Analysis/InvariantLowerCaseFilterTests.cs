using System.Text;
using Archive.Lucene;
using Archive.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Lucene.Tests.Analysis;

public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Lower_cases_every_character_as_lucenes_lower_case_filter_does()
    {
        // Every character of the Basic Multilingual Plane but the surrogates, plus capitals beyond it (Deseret,
        // mathematical letters), in chunks so that each token stays short.
        var characters = Enumerable.Range(1, 0xFFFF).Where(code => code is < 0xD800 or > 0xDFFF).Select(code => ((char)code).ToString())
            .Concat(new[] { 0x10400, 0x10427, 0x1D400, 0x1E900, 0x16E40 }.Select(char.ConvertFromUtf32))
            .ToList();
        for (var start = 0; start < characters.Count; start += 64)
        {
            var chunk = string.Concat(characters.Skip(start).Take(64));
            Assert.Equal(LuceneLowerCase(chunk), OurLowerCase(chunk));
        }
    }

    [Theory]
    [InlineData("ÆBLE ØRESUND ÅRHUS", "æble øresund århus")]
    [InlineData("Kontanthjælpsmodtager", "kontanthjælpsmodtager")]
    [InlineData("§ 85-TILBUD", "§ 85-tilbud")]
    public void Lower_cases_danish_words(string text, string expected)
    {
        var buffer = text.ToCharArray();
        InvariantLowerCaseFilter.ToLower(buffer);
        Assert.Equal(expected, new string(buffer));
    }

    private static string LuceneLowerCase(string text) => Run(text, tokenizer => new LowerCaseFilter(ArchiveLucene.Version, tokenizer));

    private static string OurLowerCase(string text) => Run(text, tokenizer => new InvariantLowerCaseFilter(tokenizer));

    private static string Run(string text, Func<Tokenizer, TokenStream> filter)
    {
        using var tokenizer = new KeywordTokenizer(new StringReader(text));
        using var stream = filter(tokenizer);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = new StringBuilder();
        while (stream.IncrementToken())
        {
            result.Append(term.ToString());
        }

        stream.End();
        return result.ToString();
    }
}
