using Archive.Relevance.Corpus;

namespace Archive.Relevance.Tests.Support;

/// <summary>
/// Finds <c>../shared</c> beside the checkout (corpus-dk), which may be absent on a fresh clone: tests that need it
/// skip with a reason then, except under CI, where its absence is a failure.
/// </summary>
public static class SharedData
{
    public static BenchPaths Paths { get; } = BenchPaths.Locate();

    public static bool Exists => Directory.Exists(Paths.CorpusDkDirectory);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that needs ../shared is skipped, or null when it must run (under CI it must, and fails if the data is missing).</summary>
    public static string? SkipReason =>
        Exists || IsCi ? null : $"needs the shared test data at {Paths.SharedDirectory}, which is absent";
}

/// <summary>A fact that needs <c>../shared</c>: skipped with a reason when it is absent, except under CI.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        Skip = SharedData.SkipReason;
    }
}
