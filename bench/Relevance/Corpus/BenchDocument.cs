namespace Archive.Relevance.Corpus;

/// <summary>
/// One document of the evaluation corpus as every system sees it.
/// </summary>
/// <param name="Id">The id judgments use: <c>0001</c>…<c>0412</c> for corpus-dk pages, the file name for a seed.</param>
/// <param name="SourcePath">The original file, for a judge to open and for the archive to ingest as it is.</param>
/// <param name="InboxPath">Where the file goes in the archive's inbox (relative, '/' separators).</param>
/// <param name="Text">The whole text; for a seed PDF or DOCX, as the archive's own extractors read it.</param>
/// <param name="SourceUrl">The page's address (corpus-dk only), written into its sidecar.</param>
public sealed record BenchDocument(string Id, string SourcePath, string InboxPath, string Text, string? SourceUrl)
{
    private const int TitleLength = 100;

    /// <summary>The first line with letters in it, shortened: enough for a judge to tell documents apart.</summary>
    public string FirstLine
    {
        get
        {
            var line = Text.Split('\n').Select(candidate => candidate.Trim()).FirstOrDefault(candidate => candidate.Any(char.IsLetter)) ?? string.Empty;
            line = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return line.Length <= TitleLength ? line : line[..TitleLength] + "…";
        }
    }
}
