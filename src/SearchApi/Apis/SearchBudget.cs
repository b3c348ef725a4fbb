using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.SearchApi.Apis;

/// <summary>
/// The time a search may take (<c>Archive:SearchTimeout</c>), tied to the request: its token is cancelled when the
/// time runs out or when the client goes away, and the search stops either way.
/// </summary>
internal sealed class SearchBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _aborted;
    private readonly TimeSpan _timeout;

    public SearchBudget(HttpContext context, SearchApiOptions options)
    {
        _aborted = context.RequestAborted;
        _timeout = options.SearchTimeout;
        _source = CancellationTokenSource.CreateLinkedTokenSource(_aborted);
        _source.CancelAfter(_timeout);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>True when the search stopped because its time ran out, not because its client left.</summary>
    public bool RanOut => _source.IsCancellationRequested && !_aborted.IsCancellationRequested;

    /// <summary>The answer to a search that ran out of time: 503, with what to do about it.</summary>
    public ProblemHttpResult Problem() => TypedResults.Problem(
        title: "The search took too long",
        detail: string.Create(CultureInfo.InvariantCulture, $"It was stopped after {_timeout.TotalSeconds:0.###} s. Narrow it: fewer words with * or ~, filters, a smaller page."),
        statusCode: StatusCodes.Status503ServiceUnavailable);

    public void Dispose() => _source.Dispose();
}
