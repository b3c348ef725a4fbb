using Archive.Lucene.Analysis;

namespace Archive.Lucene.Tests.Analysis;

public sealed class RecentWordsTests
{
    [Fact]
    public void TryGet_KeptWord_GivesItsTermsAndNoOtherWordDoes()
    {
        var recent = new RecentWords();
        Assert.False(recent.TryGet("boligerne", out var slot, out _));
        recent.Keep(slot, "boligerne", ["bolig"]);

        Assert.True(recent.TryGet("boligerne", out _, out var terms));
        Assert.Equal(["bolig"], terms);
        Assert.False(recent.TryGet("boliger", out _, out _));
    }

    [Fact]
    public void Keep_WordLongerThanTheSlots_IsNotKept()
    {
        var recent = new RecentWords();
        var word = new string('a', RecentWords.MaxWordLength + 1);
        recent.TryGet(word, out var slot, out _);
        recent.Keep(slot, word, ["a"]);

        Assert.False(recent.TryGet(word, out _, out _));
    }

    [Fact]
    public void TryGet_MoreWordsThanSlots_NeverGivesAnotherWordsTerms()
    {
        // More words than slots: many share a slot, and the later one replaces the earlier.
        var recent = new RecentWords();
        var words = Enumerable.Range(0, 10_000).Select(number => $"ord{number}").ToList();
        foreach (var word in words)
        {
            recent.TryGet(word, out var slot, out _);
            recent.Keep(slot, word, [word + "-term"]);
        }

        var found = 0;
        foreach (var word in words)
        {
            if (recent.TryGet(word, out _, out var terms))
            {
                Assert.Equal([word + "-term"], terms);
                found++;
            }
        }

        Assert.InRange(found, 1, 4096);
    }
}
