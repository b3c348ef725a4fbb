using Archive.Relevance.Evaluation;
using Archive.Relevance.Judging;

namespace Archive.Relevance.Tests.Evaluation;

public sealed class QueryGroupTests
{
    private static readonly BenchQuery[] Queries =
    [
        new("q01", "herberg", "topic", "Shelters."),
        new("q02", "misbrug", "compound", "Substance abuse."),
        new("q03", "fixerum", "compound", "Drug consumption rooms.", BenchQuery.HalfA),
        new("q04", "udsættelser lejebolig", "multiword", "Evictions.", BenchQuery.HalfB),
        new("q05", "hjemløsestrategi", "compound", "Strategies against homelessness.", BenchQuery.HalfB),
    ];

    [Fact]
    public void Overview_KeepsDevelopedAndHeldOutApartAndSplitsTheHalves()
    {
        var groups = QueryGroup.Overview(Queries).ToDictionary(group => group.Name, group => group.Queries.Select(query => query.Id).ToList());

        Assert.Equal(["q01", "q02", "q03", "q04", "q05"], groups["all queries"]);
        Assert.Equal(["q01", "q02"], groups.Single(group => group.Key.StartsWith("developed", StringComparison.Ordinal)).Value);
        Assert.Equal(["q03", "q04", "q05"], groups["held-out queries"]);
        Assert.Equal(["q03"], groups["held-out half A"]);
        Assert.Equal(["q04", "q05"], groups["held-out half B"]);
    }

    [Fact]
    public void Overview_NoHeldOutQueries_LeavesTheEmptyGroupsOut()
    {
        var names = QueryGroup.Overview(Queries.Take(2).ToList()).Select(group => group.Name).ToList();

        Assert.Equal(2, names.Count);
        Assert.DoesNotContain("held-out queries", names);
    }

    [Fact]
    public void ByKind_GroupsInTheOrderTheKindsFirstOccur()
    {
        var kinds = QueryGroup.ByKind(Queries.Where(query => query.IsHeldOut)).Select(group => (group.Name, group.Queries.Count)).ToList();

        Assert.Equal([("compound", 2), ("multiword", 1)], kinds);
    }
}
