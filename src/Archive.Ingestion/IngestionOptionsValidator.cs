using Microsoft.Extensions.Options;

namespace Archive.Ingestion;

/// <summary>Refuses settings ingestion cannot run with, naming the key, so a bad value stops the start instead of a later pass.</summary>
internal sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        void Require(bool valid, string key, string rule, object? value)
        {
            if (!valid)
            {
                problems.Add($"{IngestionOptions.Section}:{key} {rule} (got '{value}').");
            }
        }

        Require(!string.IsNullOrWhiteSpace(options.InboxPath), nameof(options.InboxPath), "must name a folder", options.InboxPath);
        Require(!string.IsNullOrWhiteSpace(options.IndexPath), nameof(options.IndexPath), "must name a folder", options.IndexPath);
        Require(options.RescanInterval >= TimeSpan.FromSeconds(1), nameof(options.RescanInterval), "must be at least 00:00:01", options.RescanInterval);
        Require(options.StabilityDelay >= TimeSpan.Zero, nameof(options.StabilityDelay), "must not be negative", options.StabilityDelay);
        Require(options.CommitBatchSize >= 1, nameof(options.CommitBatchSize), "must be at least 1", options.CommitBatchSize);
        Require(options.MergeWhenQuietFor > TimeSpan.Zero, nameof(options.MergeWhenQuietFor), "must be longer than 0", options.MergeWhenQuietFor);
        Require(options.MaxFileSizeMegabytes is >= 1 and <= IngestionOptions.LargestFileSizeMegabytes, nameof(options.MaxFileSizeMegabytes), $"must be from 1 to {IngestionOptions.LargestFileSizeMegabytes}", options.MaxFileSizeMegabytes);
        Require(options.ExtractionTimeout > TimeSpan.Zero, nameof(options.ExtractionTimeout), "must be longer than 0", options.ExtractionTimeout);
        Require(options.MaxParallelism >= 1, nameof(options.MaxParallelism), "must be at least 1", options.MaxParallelism);
        Require(options.OcrParallelism >= 1, nameof(options.OcrParallelism), "must be at least 1", options.OcrParallelism);
        Require(options.OcrResolution is >= 72 and <= 600, nameof(options.OcrResolution), "must be from 72 to 600", options.OcrResolution);
        Require(options.OcrPageTimeout > TimeSpan.Zero, nameof(options.OcrPageTimeout), "must be longer than 0", options.OcrPageTimeout);
        Require(options.OcrMaxPages >= 1, nameof(options.OcrMaxPages), "must be at least 1", options.OcrMaxPages);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
