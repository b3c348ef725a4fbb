using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Limits;

/// <summary>
/// ASP.NET Core's rate limiter, set up for the archive: per client, a number of uploads per minute and of wrong API
/// keys per minute (a key cannot be guessed by trying); for everyone together, a number of searches at once, so that
/// a burst of expensive queries waits its turn instead of starving the machine. Over a limit: 429 with Retry-After.
/// </summary>
public static class RequestLimits
{
    public const string Uploads = "uploads";

    public const string Searches = "searches";

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddArchiveRequestLimits(this IServiceCollection services)
    {
        services.AddSingleton<FailedKeyLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => WriteRejectionAsync(context.HttpContext, context.Lease, cancellationToken);
            limiter.AddPolicy(Uploads, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Settings(context).UploadsPerMinute, Window = Minute, QueueLimit = 0 }));
            limiter.AddPolicy(Searches, context => RateLimitPartition.GetConcurrencyLimiter(
                Searches,
                _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Settings(context).SearchesAtOnce,
                    QueueLimit = Settings(context).SearchesAtOnce * 8,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        });
        return services;
    }

    /// <summary>Who a request comes from, for per-client limits: the connection's address.</summary>
    public static string ClientOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    /// <summary>A 429 problem that says when to come back, for whatever limit refused the request.</summary>
    public static ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lease);
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        return new ValueTask(TooManyRequests(wait, "Too many requests", null).ExecuteAsync(context));
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least one) and a problem body saying when to try again.</summary>
    public static IResult TooManyRequests(TimeSpan wait, string title, string? detail) => new RetryLater(wait, title, detail);

    private sealed class RetryLater(TimeSpan wait, string title, string? detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            httpContext.Response.Headers.RetryAfter = seconds;
            return TypedResults.Problem(title: title, detail: detail ?? $"Try again in {seconds} s.", statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(httpContext);
        }
    }

    private static SearchApiOptions Settings(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<SearchApiOptions>>().Value;
}

/// <summary>Counts wrong API keys per client; a client past its limit is refused for the rest of the minute.</summary>
public sealed class FailedKeyLimiter(IOptions<SearchApiOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedKeysPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Records a wrong key; the lease is not acquired when the client has used up its wrong keys.</summary>
    public RateLimitLease RecordFailure(string client) => _limiter.AttemptAcquire(client);

    /// <summary>True while the client may still try a key (it has not used up its wrong keys).</summary>
    public bool MayTry(string client) => _limiter.GetStatistics(client)?.CurrentAvailablePermits != 0;

    public void Dispose() => _limiter.Dispose();
}
