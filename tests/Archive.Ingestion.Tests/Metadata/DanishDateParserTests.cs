using Archive.Ingestion.Metadata.Dates;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class DanishDateParserTests
{
    [Theory]
    [InlineData("12. oktober 2017", "2017-10-12")]
    [InlineData("17. jun. 2014", "2014-06-17")]
    [InlineData("d. 4/6-2014", "2014-06-04")]
    [InlineData("4/6 2014", "2014-06-04")]
    [InlineData("12-01-2012", "2012-01-12")]
    [InlineData("15.09.2023", "2023-09-15")]
    [InlineData("31-05-2018", "2018-05-31")]
    [InlineData("2017-10-12", "2017-10-12")]
    [InlineData("mandag den 4. marts 2024 kl. 16.00", "2024-03-04")]
    [InlineData("den 1.december 2020", "2020-12-01")]
    [InlineData("3 september 2020", "2020-09-03")]
    [InlineData("29. februar 2024", "2024-02-29")]
    public void FindAll_DanishDayFormats_ReadsTheDay(string text, string iso)
    {
        var date = Assert.Single(DanishDateParser.FindAll(text)).Date;

        Assert.Equal(new DocumentDate(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day), date);
    }

    [Theory]
    [InlineData("januar", 1)]
    [InlineData("jan.", 1)]
    [InlineData("februar", 2)]
    [InlineData("feb.", 2)]
    [InlineData("marts", 3)]
    [InlineData("mar.", 3)]
    [InlineData("april", 4)]
    [InlineData("apr.", 4)]
    [InlineData("maj", 5)]
    [InlineData("juni", 6)]
    [InlineData("jun.", 6)]
    [InlineData("juli", 7)]
    [InlineData("jul.", 7)]
    [InlineData("august", 8)]
    [InlineData("aug.", 8)]
    [InlineData("september", 9)]
    [InlineData("sep.", 9)]
    [InlineData("sept.", 9)]
    [InlineData("oktober", 10)]
    [InlineData("okt.", 10)]
    [InlineData("november", 11)]
    [InlineData("nov.", 11)]
    [InlineData("december", 12)]
    [InlineData("dec.", 12)]
    [InlineData("Oktober", 10)]
    public void FindAll_MonthNamesAndAbbreviations_AreRead(string month, int number)
    {
        var date = Assert.Single(DanishDateParser.FindAll($"Mødet den 5. {month} 2019 kl. 10")).Date;

        Assert.Equal(new DateOnly(2019, number, 5), date.Value);
    }

    [Theory]
    [InlineData("Handleplan marts 2024", "2024-03")]
    [InlineData("oktober 2017", "2017-10")]
    public void FindAll_MonthAndYear_HasMonthPrecision(string text, string month)
    {
        var date = Assert.Single(DanishDateParser.FindAll(text)).Date;

        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(month, date.IsoDate[..7]);
    }

    [Theory]
    [InlineData("2019", DatePrecision.Year, "2019-01-01")]
    [InlineData("2017-10", DatePrecision.Month, "2017-10-01")]
    [InlineData(" 12. oktober 2017 ", DatePrecision.Day, "2017-10-12")]
    [InlineData("d. 4/6-2014", DatePrecision.Day, "2014-06-04")]
    public void Parse_OneDateAlone_ReadsItWithItsPrecision(string text, DatePrecision precision, string iso)
    {
        var date = DanishDateParser.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.IsoDate);
    }

    [Theory]
    [InlineData("31-02-2018")]
    [InlineData("30. februar 2020")]
    [InlineData("29.02.2023")]
    [InlineData("32.01.2020")]
    [InlineData("12-13-2020")]
    [InlineData("00.05.2020")]
    [InlineData("12. oktober 1812")]
    public void FindAll_ImpossibleDates_AreRefused(string text)
    {
        Assert.Empty(DanishDateParser.FindAll(text));
    }

    [Theory]
    [InlineData("Sagsnr.: 18/924")]
    [InlineData("Sagsnr. 2012-6834")]
    [InlineData("Acadre sagsnr.: 07/3026")]
    [InlineData("J.nr. 29.00.00-A26-1-14")]
    [InlineData("Tlf.: 40 88 76 12")]
    [InlineData("Telefon 33 17 33 17")]
    [InlineData("i alt 1.250.000 kr.")]
    [InlineData("45,4 mio. kr. (netto ca. 35,4 mio. kr.)")]
    [InlineData("efter § 85 i serviceloven")]
    [InlineData("§ 18-midler for 2019")]
    [InlineData("Budget 2019-2022")]
    [InlineData("kl. 16.00-18.30")]
    [InlineData("Dokumentnr. 2012-35506")]
    public void FindAll_NumbersThatAreNotDates_AreNotRead(string text)
    {
        Assert.Empty(DanishDateParser.FindAll(text));
    }

    [Theory]
    [InlineData("12-01-2012-3")]
    [InlineData("112-01-2012")]
    [InlineData("3.12.01.2012")]
    [InlineData("2017-10-123")]
    [InlineData("12. oktober 20171")]
    public void FindAll_NumbersGluedToADate_AreNotRead(string text)
    {
        Assert.Empty(DanishDateParser.FindAll(text));
    }

    [Fact]
    public void FindAll_SeveralDates_ReturnsThemInOrder()
    {
        var dates = DanishDateParser.FindAll("Mødet 3. juni 2025, frist 15.09.2023 og 2017-10-12.");

        Assert.Equal(["2025-06-03", "2023-09-15", "2017-10-12"], dates.Select(mention => mention.Date.IsoDate));
    }

    [Fact]
    public void Parse_YearOutsideTheArchive_IsNull()
    {
        Assert.Null(DanishDateParser.Parse("1812"));
        Assert.Null(DanishDateParser.Parse("tekst"));
    }
}
