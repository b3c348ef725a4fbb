using System.Security.Cryptography;
using System.Text;
using Archive.SearchApi.Limits;
using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Uploads;

/// <summary>
/// Lets a request through only with the configured <c>X-Api-Key</c>. While <c>Archive:ApiKey</c> is unset,
/// every such request is refused: an archive is read-only until its operator chooses a key. A client that sends
/// too many wrong keys is refused (429) until its minute is over, whatever key it sends.
/// </summary>
public sealed class ApiKeyFilter(IOptions<SearchApiOptions> settings, FailedKeyLimiter failedKeys) : IEndpointFilter
{
    private readonly SearchApiOptions _options = settings.Value;

    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (string.IsNullOrEmpty(_options.ApiKey))
        {
            return TypedResults.Problem(
                title: "Uploads are disabled",
                detail: "Set Archive:ApiKey (e.g. the environment variable Archive__ApiKey) to accept uploads.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var client = RequestLimits.ClientOf(context.HttpContext);
        if (!failedKeys.MayTry(client))
        {
            return TooManyWrongKeys();
        }

        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(_options.ApiKey)))
        {
            using var lease = failedKeys.RecordFailure(client);
            if (!lease.IsAcquired)
            {
                return TooManyWrongKeys();
            }

            return TypedResults.Problem(
                title: "Missing or wrong API key",
                detail: $"Send the archive's key in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    private static IResult TooManyWrongKeys() =>
        RequestLimits.TooManyRequests(TimeSpan.FromMinutes(1), "Too many wrong API keys", "This client sent too many wrong keys; try again in a minute.");
}
