namespace Archive.Lucene.Search;

/// <summary>A query the archive cannot read; <see cref="Problem"/> says what is wrong in the searcher's terms.</summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException()
        : this(SearchProblem.UnreadableQuery(null))
    {
    }

    public QuerySyntaxException(string message)
        : this(message, null)
    {
    }

    public QuerySyntaxException(string message, Exception? innerException)
        : this(SearchProblem.UnreadableQuery(null) with { Message = message }, innerException)
    {
    }

    public QuerySyntaxException(SearchProblem problem, Exception? innerException = null)
        : base(problem.Message, innerException)
    {
        Problem = problem;
    }

    public SearchProblem Problem { get; }
}
