using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>A file that cannot be read is described in plain words, never by the exception's text with its absolute path.</summary>
public sealed class ReadProblemsTests
{
    [Theory]
    [InlineData(typeof(UnauthorizedAccessException), "permission denied")]
    [InlineData(typeof(IOException), "I/O error")]
    [InlineData(typeof(FileNotFoundException), "gone")]
    public void Describe_NamesTheProblem_NotThePath(Type kind, string words)
    {
        var exception = (Exception)Activator.CreateInstance(kind, "Access to the path '/srv/archive/inbox/brev.pdf' is denied.")!;

        var description = ReadProblems.Describe(exception);

        Assert.Contains(words, description, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv", description, StringComparison.Ordinal);
    }
}
