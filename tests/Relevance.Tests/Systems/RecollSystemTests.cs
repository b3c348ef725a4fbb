using System.Text;
using Archive.Relevance.Systems;

namespace Archive.Relevance.Tests.Systems;

public sealed class RecollSystemTests
{
    [Fact]
    public void ParseUrls_FieldOutput_SkipsTheTwoHeaderLinesAndDecodesEachResult()
    {
        static string Encode(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
        var output = $"hjemløse\n2 results\n{Encode("file:///tmp/docs/0001.txt")} \n{Encode("file:///tmp/docs/notat.pdf.txt")} \n";

        var urls = RecollSystem.ParseUrls(output).ToList();

        Assert.Equal(["file:///tmp/docs/0001.txt", "file:///tmp/docs/notat.pdf.txt"], urls);
    }
}
