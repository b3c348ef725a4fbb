namespace Archive.Ingestion.Outcomes;

/// <summary>
/// What went wrong reading a file, in plain words for the failure list and the API. The exception's own text names
/// the file by its absolute path (where the archive keeps its files); that stays in the log.
/// </summary>
internal static class ReadProblems
{
    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "the archive may not read it (permission denied)",
        PathTooLongException => "its path is too long to open",
        FileNotFoundException or DirectoryNotFoundException => "it is gone",
        IOException => "the disk could not read it (an I/O error)",
        _ => $"an unexpected {exception.GetType().Name}",
    };
}
