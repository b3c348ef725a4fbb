using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class WebHostsTests
{
    [Theory]
    [InlineData("https://politik.herning.dk/byraad/x?y=1", new[] { "politik.herning.dk", "herning.dk" })]
    [InlineData("DAGSORDNER.Holbaek.DK.", new[] { "dagsordner.holbaek.dk", "holbaek.dk" })]
    [InlineData("kk.dk", new[] { "kk.dk" })]
    [InlineData("", new string[0])]
    [InlineData("localhost", new string[0])]
    public void DomainsOf_HostThenParents(string urlOrHost, string[] domains)
    {
        Assert.Equal(domains, WebHosts.DomainsOf(urlOrHost));
    }
}
