using System.Diagnostics;
using System.Text.Json;

namespace Archive.SearchApi.Tests;

/// <summary>The built API started as its own process, the way the README runs it.</summary>
public sealed class HostProcessTests : IDisposable
{
    /// <summary>How long the API may take to start and answer, on a machine busy with other tests.</summary>
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(2);

    /// <summary>How long one health request may take before it is asked again.</summary>
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task WithoutUrls_ListensOnPort5080_AndIngestsTheInbox()
    {
        using var process = Start(environment: []);

        var health = await WaitForHealthAsync("http://localhost:5080", process);

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AspNetCoreUrls_OverridesTheDefaultPort()
    {
        using var process = Start(environment: new() { ["ASPNETCORE_URLS"] = "http://127.0.0.1:5187" });

        var health = await WaitForHealthAsync("http://127.0.0.1:5187", process);

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UrlsArgument_OverridesTheDefaultPort()
    {
        using var process = Start(environment: [], "--urls", "http://127.0.0.1:5188");

        var health = await WaitForHealthAsync("http://127.0.0.1:5188", process);

        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Starts the API from a fresh folder holding an inbox of one document; relative paths resolve there.</summary>
    private Process Start(Dictionary<string, string> environment, params string[] arguments)
    {
        var inbox = _folder.Combine(Guid.NewGuid().ToString("N"), "corpus");
        SampleArchive.Write(inbox, "notat.txt", "Notat om ledsagelse.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(inbox)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Archive.SearchApi.dll") },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Asks for the health until the API answers or the deadline passes. A loaded machine may take long to start the
    /// process or to answer its first request, so a refused connection or a slow answer is asked again, not a failure.
    /// </summary>
    private static async Task<JsonElement> WaitForHealthAsync(string baseUrl, Process process)
    {
        using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var waited = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                Assert.False(process.HasExited, $"the API exited with code {(process.HasExited ? process.ExitCode : 0)}");
                using var answer = new CancellationTokenSource(AnswerTimeout);
                try
                {
                    var body = await client.GetStringAsync(new Uri(baseUrl + "/api/health"), answer.Token);
                    return JsonDocument.Parse(body).RootElement.Clone();
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && waited.Elapsed < StartDeadline)
                {
                    await Task.Delay(250);
                }
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            throw new TimeoutException($"nothing answered on {baseUrl} within {StartDeadline.TotalSeconds:0} s", exception);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
