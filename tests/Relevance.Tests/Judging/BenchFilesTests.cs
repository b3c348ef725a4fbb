using Archive.Relevance.Judging;

namespace Archive.Relevance.Tests.Judging;

public sealed class BenchFilesTests
{
    private static readonly BenchQuery[] Queries = [new("q01", "hjemløse", "inflection", "Documents about homeless people.")];

    [Fact]
    public void LoadJudgments_ValidFile_ReadsGrades()
    {
        using var file = new TempFile("queryId\tdocId\tgrade", "q01\t0001\t2", "q01\t0002\t0");

        var judgments = JudgmentFile.Load(file.Path, Queries);

        Assert.Equal(2, judgments.GradeOf("q01", "0001"));
        Assert.True(judgments.IsJudged("q01", "0002"));
        Assert.False(judgments.IsJudged("q01", "0003"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    [InlineData("x")]
    [InlineData("")]
    public void LoadJudgments_BadGrade_NamesTheLine(string grade)
    {
        using var file = new TempFile("queryId\tdocId\tgrade", "q01\t0001\t1", $"q01\t0002\t{grade}");

        var error = Assert.Throws<FormatException>(() => JudgmentFile.Load(file.Path, Queries));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("grade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJudgments_PairJudgedTwice_IsRejected()
    {
        using var file = new TempFile("queryId\tdocId\tgrade", "q01\t0001\t1", "q01\t0001\t2");

        var error = Assert.Throws<FormatException>(() => JudgmentFile.Load(file.Path, Queries));

        Assert.Contains("q01 0001 is judged twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJudgments_UnknownQuery_IsRejected()
    {
        using var file = new TempFile("queryId\tdocId\tgrade", "q99\t0001\t1");

        var error = Assert.Throws<FormatException>(() => JudgmentFile.Load(file.Path, Queries));

        Assert.Contains("unknown query id 'q99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJudgments_WrongHeader_IsRejected()
    {
        using var file = new TempFile("query\tdoc\tgrade", "q01\t0001\t1");

        Assert.Throws<FormatException>(() => JudgmentFile.Load(file.Path, Queries));
    }

    [Fact]
    public void LoadQueries_DuplicateId_IsRejected()
    {
        using var file = new TempFile("id\tquery\tkind\tintent\thalf", "q01\therberg\ttopic\tShelters.\t", "q01\tværesteder\tinflection\tDrop-in centres.\tA");

        var error = Assert.Throws<FormatException>(() => QueryFile.Load(file.Path));

        Assert.Contains("q01 is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadQueries_MissingIntent_IsRejected()
    {
        using var file = new TempFile("id\tquery\tkind\tintent\thalf", "q01\therberg\ttopic\t\t");

        Assert.Throws<FormatException>(() => QueryFile.Load(file.Path));
    }

    [Fact]
    public void LoadQueries_Halves_AreReadAndEmptyMeansDeveloped()
    {
        using var file = new TempFile("id\tquery\tkind\tintent\thalf", "q01\therberg\ttopic\tShelters.\t", "q02\tfixerum\tcompound\tDrug consumption rooms.\tB");

        var queries = QueryFile.Load(file.Path);

        Assert.Null(queries[0].Half);
        Assert.False(queries[0].IsHeldOut);
        Assert.Equal("B", queries[1].Half);
        Assert.True(queries[1].IsHeldOut);
    }

    [Theory]
    [InlineData("D")]
    [InlineData("a")]
    [InlineData("AB")]
    public void LoadQueries_UnknownHalf_NamesTheLine(string half)
    {
        using var file = new TempFile("id\tquery\tkind\tintent\thalf", "q01\therberg\ttopic\tShelters.\tA", $"q02\tfixerum\tcompound\tDrug consumption rooms.\t{half}");

        var error = Assert.Throws<FormatException>(() => QueryFile.Load(file.Path));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains($"half '{half}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadQueries_WithoutHalfColumn_IsRejected()
    {
        using var file = new TempFile("id\tquery\tkind\tintent", "q01\therberg\ttopic\tShelters.");

        Assert.Throws<FormatException>(() => QueryFile.Load(file.Path));
    }

    [Fact]
    public void ShippedFiles_LoadAndStaySortedForMerging()
    {
        var queries = QueryFile.Load(Path.Combine(AppContext.BaseDirectory, QueryFile.FileName));
        var judgments = JudgmentFile.Load(Path.Combine(AppContext.BaseDirectory, JudgmentFile.FileName), queries);

        Assert.True(queries.Count(query => !query.IsHeldOut) >= 60, $"only {queries.Count(query => !query.IsHeldOut)} developed queries");
        Assert.True(queries.Count(query => query.IsHeldOut) >= 40, $"only {queries.Count(query => query.IsHeldOut)} held-out queries");
        var pairs = judgments.All().Select(pair => $"{pair.QueryId}\t{pair.DocId}").ToList();
        Assert.Equal(pairs.Order(StringComparer.Ordinal), pairs);
    }

    [Fact]
    public void ShippedQueries_EveryHeldOutKindIsInBothHalves()
    {
        var heldOut = QueryFile.Load(Path.Combine(AppContext.BaseDirectory, QueryFile.FileName)).Where(query => query.IsInHalves).ToList();

        var kindsMissingAHalf = heldOut
            .GroupBy(query => query.Kind, StringComparer.Ordinal)
            .Where(kind => kind.Select(query => query.Half).Distinct().Count() < 2)
            .Select(kind => kind.Key)
            .ToList();

        Assert.Empty(kindsMissingAHalf);
    }
}
