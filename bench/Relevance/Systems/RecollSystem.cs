using System.Diagnostics;
using System.Text;
using Archive.Relevance.Corpus;

namespace Archive.Relevance.Systems;

/// <summary>
/// Recoll (Xapian) as a Danish desktop user would set it up: every document as a text file (the seeds as the text the
/// archive's extractors read, so no Recoll filter programs are involved), Danish stemming data at index time, queries
/// expanded with the Danish stemmer, and æ/ø/å kept as letters of their own instead of being stripped to ae/o/a.
/// Queries go through <c>recollq</c>'s query language, where words separated by spaces must all match.
/// </summary>
public sealed class RecollSystem : IRankingSystem
{
    private const string StemmingLanguage = "danish";
    private static readonly TimeSpan IndexingTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(30);

    private readonly string _configDirectory;

    private RecollSystem(string configDirectory)
    {
        _configDirectory = configDirectory;
    }

    public string Name => "recoll";

    public static bool IsInstalled => FindOnPath("recollq") is not null && FindOnPath("recollindex") is not null;

    public static async Task<RecollSystem> CreateAsync(BenchCorpus corpus, string workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (!IsInstalled)
        {
            throw new InvalidOperationException("Recoll is not installed (recollindex and recollq not on PATH): apt-get install -y recoll, or run bench/relevance.sh.");
        }

        var documents = Path.Combine(workspace, "documents");
        var config = Path.Combine(workspace, "config");
        Directory.CreateDirectory(documents);
        Directory.CreateDirectory(config);
        foreach (var document in corpus.Documents)
        {
            await File.WriteAllTextAsync(Path.Combine(documents, FileNameOf(document.Id)), document.Text, new UTF8Encoding(false), cancellationToken);
        }

        await File.WriteAllTextAsync(Path.Combine(config, "recoll.conf"), $"""
            topdirs = {documents}
            indexstemminglanguages = {StemmingLanguage}
            # Danish letters are letters: without this Recoll strips å to a and ø to o (its default suits French).
            unac_except_trans = ææ Ææ øø Øø åå Åå ßss œoe Œoe ﬀff ﬁfi ﬂfl
            loglevel = 2

            """, new UTF8Encoding(false), cancellationToken);

        var system = new RecollSystem(config);
        var (exitCode, _, errors) = await system.RunAsync("recollindex", ["-c", config], IndexingTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"recollindex failed ({exitCode}): {errors}");
        }

        return system;
    }

    public IReadOnlyList<string> Rank(string query, int depth)
    {
        var (exitCode, output, errors) = RunAsync("recollq", ["-c", _configDirectory, "-s", StemmingLanguage, "-n", depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "-F", "url", query], QueryTimeout, CancellationToken.None)
            .GetAwaiter().GetResult();
        if (exitCode != 0)
        {
            Console.Error.WriteLine($"{Name}: recollq failed on '{query}' ({exitCode}): {errors.Trim()}");
            return [];
        }

        return ParseUrls(output).Select(url => IdOf(Path.GetFileName(new Uri(url).LocalPath))).Take(depth).ToList();
    }

    public void Dispose()
    {
    }

    /// <summary>
    /// <c>-F url</c> prints the query and the estimated count on two lines, then one line per result with each
    /// requested field in base64 (the only recollq output meant to be parsed).
    /// </summary>
    internal static IEnumerable<string> ParseUrls(string output) =>
        output.Split('\n')
            .Skip(2)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => Encoding.UTF8.GetString(Convert.FromBase64String(line.Split(' ')[0])));

    private static string FileNameOf(string id) => id + ".txt";

    private static string IdOf(string fileName) => fileName.EndsWith(".txt", StringComparison.Ordinal) ? fileName[..^".txt".Length] : fileName;

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Both -c and the variable: recollindex and recollq must never fall back to the user's own ~/.recoll.
        start.Environment["RECOLL_CONFDIR"] = _configDirectory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
