using System.Text.RegularExpressions;
using Archive.Ingestion.Metadata.Municipalities;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class MunicipalityGazetteerTests
{
    private static readonly MunicipalityGazetteer Gazetteer = MunicipalityGazetteer.Default;

    [Fact]
    public void Default_HoldsEveryMunicipalityAndRegion()
    {
        Assert.Equal(98, Gazetteer.All.Count(municipality => !municipality.IsRegion));
        Assert.Equal(
            ["Region Hovedstaden", "Region Midtjylland", "Region Nordjylland", "Region Sjælland", "Region Syddanmark"],
            Gazetteer.All.Where(municipality => municipality.IsRegion).Select(region => region.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Gazetteer.All.Count, Gazetteer.All.Select(municipality => municipality.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Københavns Kommune", "Københavns Kommune")]
    [InlineData("København", "Københavns Kommune")]
    [InlineData("Kbh.", "Københavns Kommune")]
    [InlineData("Aarhus", "Aarhus Kommune")]
    [InlineData("Århus Kommune", "Aarhus Kommune")]
    [InlineData("aarhus kommune", "Aarhus Kommune")]
    [InlineData("Høje-Taastrup", "Høje-Taastrup Kommune")]
    [InlineData("Høje Taastrup", "Høje-Taastrup Kommune")]
    [InlineData("Høje-Tåstrup Kommune", "Høje-Taastrup Kommune")]
    [InlineData("Lyngby-Taarbæk", "Lyngby-Taarbæk Kommune")]
    [InlineData("Lyngby-Tårbæk Kommune", "Lyngby-Taarbæk Kommune")]
    [InlineData("Lyngby", "Lyngby-Taarbæk Kommune")]
    [InlineData("Bornholm", "Bornholms Regionskommune")]
    [InlineData("Bornholms Regionskommune", "Bornholms Regionskommune")]
    [InlineData("Aabenraa", "Aabenraa Kommune")]
    [InlineData("Åbenrå", "Aabenraa Kommune")]
    [InlineData("Aalborg", "Aalborg Kommune")]
    [InlineData("Ålborg Kommune", "Aalborg Kommune")]
    [InlineData("Ringkøbing-Skjern", "Ringkøbing-Skjern Kommune")]
    [InlineData("Ikast-Brande", "Ikast-Brande Kommune")]
    [InlineData("Slagelse Kommune", "Slagelse Kommune")]
    [InlineData("Holbæk", "Holbæk Kommune")]
    [InlineData("Vejen Kommune", "Vejen Kommune")]
    [InlineData("Nordfyn", "Nordfyns Kommune")]
    [InlineData("Region Sjælland", "Region Sjælland")]
    [InlineData("Slagelse", "Slagelse Kommune")]
    [InlineData("slagelse", "Slagelse Kommune")]
    [InlineData("SLAGELSE KOMMUNE", "Slagelse Kommune")]
    [InlineData("aabenraa", "Aabenraa Kommune")]
    [InlineData("ÅBENRÅ KOMMUNE", "Aabenraa Kommune")]
    [InlineData("Åbenrå kommune", "Aabenraa Kommune")]
    [InlineData("Vejen", "Vejen Kommune")]
    [InlineData("Odder", "Odder Kommune")]
    [InlineData("Holbaek", "Holbæk Kommune")]
    [InlineData("holbaek kommune", "Holbæk Kommune")]
    [InlineData("Koebenhavn", "Københavns Kommune")]
    [InlineData("Hoeje-Taastrup", "Høje-Taastrup Kommune")]
    [InlineData("Aeroe", "Ærø Kommune")]
    public void FindByName_Variants_GiveTheCanonicalName(string written, string canonical)
    {
        Assert.Equal(canonical, Gazetteer.FindByName(written)?.Name);
    }

    [Fact]
    public void FindByName_EveryMunicipalityByItsNameAndStemAsTypedWithoutDanishLetters_IsItself()
    {
        static string Ascii(string name) => name.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal)
            .Replace("å", "aa", StringComparison.Ordinal).Replace("Æ", "Ae", StringComparison.Ordinal).Replace("Ø", "Oe", StringComparison.Ordinal).Replace("Å", "Aa", StringComparison.Ordinal);

        foreach (var municipality in Gazetteer.All)
        {
            foreach (var typed in new[] { municipality.Name, municipality.Stem, Ascii(municipality.Name), Ascii(municipality.Stem).ToLowerInvariant() })
            {
                Assert.True(Gazetteer.FindByName(typed) == municipality, $"'{typed}' gives {Gazetteer.FindByName(typed)?.Name ?? "nothing"}, not {municipality.Name}");
            }
        }
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Kommune")]
    [InlineData("Udsatterådet")]
    public void FindByName_NotAMunicipality_IsNull(string typed)
    {
        Assert.Null(Gazetteer.FindByName(typed));
    }

    [Theory]
    [InlineData("https://kk.dk/dagsordener-og-referater/x", "Københavns Kommune")]
    [InlineData("https://www.kk.dk/x", "Københavns Kommune")]
    [InlineData("https://udsatteraadet.kk.dk/x", "Københavns Kommune")]
    [InlineData("https://www.aarhus.dk/demokrati", "Aarhus Kommune")]
    [InlineData("https://dagsorden-og-referater.brk.dk/Sites/x", "Bornholms Regionskommune")]
    [InlineData("https://www.brk.dk/Nyheder", "Bornholms Regionskommune")]
    [InlineData("https://holbaek.dk/x", "Holbæk Kommune")]
    [InlineData("https://dagsordner.holbaek.dk/vis", "Holbæk Kommune")]
    [InlineData("https://politik.herning.dk/dagsordener", "Herning Kommune")]
    [InlineData("https://trung.dk/x", "Slagelse Kommune")]
    [InlineData("https://www.slagelse.dk/x", "Slagelse Kommune")]
    [InlineData("https://www.koege.dk/x", "Køge Kommune")]
    [InlineData("https://ishoj.dk/x", "Ishøj Kommune")]
    [InlineData("https://www.faxekommune.dk/x", "Faxe Kommune")]
    [InlineData("https://www.rksk.dk/x", "Ringkøbing-Skjern Kommune")]
    [InlineData("https://www.fmk.dk/x", "Faaborg-Midtfyn Kommune")]
    [InlineData("https://polweb.nethotel.dk/x", "Kalundborg Kommune")]
    [InlineData("https://www.regionh.dk/x", "Region Hovedstaden")]
    [InlineData("sonderborgkommune.dk", "Sønderborg Kommune")]
    [InlineData("HTTPS://WWW.FREDERIKSBERG.DK/", "Frederiksberg Kommune")]
    public void FindByHost_MunicipalHostsAndSubdomains_GiveTheMunicipality(string url, string canonical)
    {
        Assert.Equal(canonical, Gazetteer.FindByHost(url)?.Name);
    }

    [Theory]
    [InlineData("https://docplayer.dk/123-referat-koebenhavn.html")]
    [InlineData("https://www.udsatte.dk/x")]
    [InlineData("https://www.ft.dk/samling")]
    [InlineData("https://www.fyens.dk/kerteminde/artikel/1")]
    [InlineData("https://notkk.dk/x")]
    [InlineData("")]
    [InlineData(null)]
    public void FindByHost_OtherHosts_GiveNothing(string? url)
    {
        Assert.Null(Gazetteer.FindByHost(url));
    }

    [Theory]
    [InlineData("https://www.fyens.dk/kerteminde/Snart-faar-kommunens-udsatte/artikel/3317468", "Kerteminde Kommune")]
    [InlineData("https://www.gladsaxebladet.dk/2019/12/uheldig-beslutning/", "Gladsaxe Kommune")]
    [InlineData("https://www.tvsyd.dk/soenderborg/lukkede-genbrugsbutikker", "Sønderborg Kommune")]
    public void FindNamedInAddress_LocalNewsAddresses_NameTheirMunicipality(string url, string canonical)
    {
        Assert.Equal(canonical, Gazetteer.FindNamedInAddress(url)?.Name);
    }

    [Fact]
    public void FindMentions_Text_FindsFullNamesGenitivesAndVariants()
    {
        var mentions = Gazetteer.FindMentions("Udsatterådet i Holbæk skriver til Københavns Kommunes borgmester og Aarhus. Vejen er lang; Vejlevej 3.").ToList();

        Assert.Equal(["Holbæk Kommune", "Københavns Kommune", "Aarhus Kommune"], mentions.Select(mention => mention.Municipality.Name));
        Assert.Equal([false, true, false], mentions.Select(mention => mention.IsFullName));
    }

    [Fact]
    public void FindMentions_AaSpelling_IsTheSameMunicipality()
    {
        var mentions = Gazetteer.FindMentions("Århus Kommune og Aarhus Kommune, Tåstrup og Taastrup").ToList();

        Assert.Equal(["Aarhus Kommune", "Aarhus Kommune", "Høje-Taastrup Kommune", "Høje-Taastrup Kommune"], mentions.Select(mention => mention.Municipality.Name));
    }

    [Theory]
    [InlineData("Holbæks Udsatteråd og Københavns Kommunes plan", "Holbæk|Københavns Kommune")]
    [InlineData("Vejlevej 4, Vejle.", "Vejle")]
    [InlineData("Lyngby-Taarbæks plan", "Lyngby-Taarbæk")]
    [InlineData("København Kommune;Aarhus", "København Kommune|Aarhus")]
    public void FindMentions_WordsAndGenitives_FindTheLongestFormAtEachWord(string text, string expected)
    {
        var mentions = Gazetteer.FindMentions(text).Select(mention => text.Substring(mention.Index, mention.Length).TrimEnd('s'));

        Assert.Equal(expected.Split('|').Select(form => form.TrimEnd('s')), mentions);
    }

    [SharedFact]
    public void FindMentions_EveryCorpusPage_FindsWhatOnePatternOfAllFormsFinds()
    {
        // The reference: every form in one alternation, longest first, a genitive s allowed, no letter or digit on
        // either side. The gazetteer scans word by word instead; both must find the same mentions.
        var alternation = string.Join('|', Gazetteer.Forms.OrderByDescending(form => form.Length).Select(Regex.Escape));
        var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?<form>{alternation})s?(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        var pages = TestData.CorpusDkPages();
        var mentions = 0;
        foreach (var page in pages)
        {
            var expected = pattern.Matches(page).Select(match => (match.Index, match.Length)).ToList();
            var found = Gazetteer.FindMentions(page).Select(mention => (mention.Index, mention.Length)).ToList();
            Assert.Equal(expected, found);
            mentions += found.Count;
        }

        Assert.True(mentions > 100, $"only {mentions} mentions in the corpus");
    }
}
