namespace Archive.Lucene.Search;

/// <summary>A query the archive cannot read; the message says what is wrong in the searcher's terms.</summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException()
    {
    }

    public QuerySyntaxException(string message)
        : base(message)
    {
    }

    public QuerySyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
