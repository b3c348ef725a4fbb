using System.Globalization;
using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata;
using Archive.Lucene;
using Xunit.Abstractions;

namespace Archive.Ingestion.Tests.Metadata;

/// <summary>
/// Measures metadata extraction against the hand labels (Metadata/Labels): every labelled corpus-dk page is ingested
/// as a text file with a sidecar holding only its source address, every labelled seed file of corpus/ through the
/// real extractors (without its hand-written sidecar, so the rules are what is measured). Prints the table and every
/// disagreement; fails below the agreed accuracy. Run it with
/// <c>dotnet test tests/Archive.Ingestion.Tests --filter FullyQualifiedName~MetadataAccuracyTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class MetadataAccuracyTests(ITestOutputHelper output)
{
    private const double MunicipalityThreshold = 0.95;
    private const double DateThreshold = 0.92;
    private const double TypeThreshold = 0.90;
    private const double CouncilThreshold = 0.88;
    private const double TopicThreshold = 0.79;
    private const double TitleThreshold = 0.90;

    // The held-out half was not read while the title rules were chosen; its floor sits below the measured 89.7 %.
    private const double TitleHeldOutThreshold = 0.88;
    private const string TitleChosenOn = "title (part-a)";
    private const string TitleHeldOut = "title (part-b, held out)";

    private static readonly Dictionary<string, double> Thresholds = new()
    {
        ["municipality"] = MunicipalityThreshold, ["date"] = DateThreshold, ["type"] = TypeThreshold, ["council"] = CouncilThreshold,
        ["topics precision"] = TopicThreshold, ["topics recall"] = TopicThreshold,
        [TitleChosenOn] = TitleThreshold, [TitleHeldOut] = TitleHeldOutThreshold,
    };

    private static readonly Lazy<Task<AccuracyReport>> Report = new(MeasureAsync);

    [SharedFact]
    public async Task Build_LabelledDocuments_MeetsAccuracyThresholds()
    {
        var report = await Report.Value;
        output.WriteLine(report.Text);
        var failures = report.Accuracy
            .Where(pair => pair.Value < Thresholds[pair.Key])
            .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key} {pair.Value:P1} < {Thresholds[pair.Key]:P0}"))
            .ToList();
        Assert.True(failures.Count == 0, $"below threshold: {string.Join(", ", failures)}\n{report.Text}");
    }

    private static async Task<AccuracyReport> MeasureAsync()
    {
        var labels = LabelledDocuments.All();
        Assert.True(labels.Count >= 150, $"only {labels.Count} labelled documents; at least 150 are needed");
        var extraction = new TextExtraction([new PlainTextExtractor(), new PdfTextExtractor(), new DocxTextExtractor()], ExtractionLimits.Default);

        var scores = new Dictionary<string, (int Right, int Total)>();
        var misses = new List<string>();
        var bySource = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        int topicTruePositives = 0, topicPredicted = 0, topicLabelled = 0;
        var byTopic = new SortedDictionary<string, (int Right, int Given, int Labelled)>(StringComparer.Ordinal);
        var untitled = new List<string>();
        void Score(string field, LabelledDocument label, string? expected, string? actual, DocumentMetadata metadata, string provenanceField) =>
            Record(field, label, Normalize(expected) == Normalize(actual), expected, actual, metadata, provenanceField);

        void Record(string field, LabelledDocument label, bool right, string? expected, string? actual, DocumentMetadata metadata, string provenanceField)
        {
            var (r, t) = scores.GetValueOrDefault(field);
            scores[field] = (r + (right ? 1 : 0), t + 1);
            var source = $"{field} <- {metadata.Provenance.GetValueOrDefault(provenanceField, "(none)")}";
            var (sr, st) = bySource.GetValueOrDefault(source);
            bySource[source] = (sr + (right ? 1 : 0), st + 1);
            if (!right)
            {
                misses.Add($"{field,-12} {label.Doc,-60} expected {expected ?? "null"} | got {actual ?? "null"} ({metadata.Provenance.GetValueOrDefault(provenanceField, "-")})");
            }
        }

        foreach (var label in labels)
        {
            var metadata = await BuildAsync(label, extraction);
            Score("municipality", label, label.Municipality, metadata.Municipality, metadata, ArchiveFields.Municipality);
            Score("council", label, label.Council, metadata.Council, metadata, ArchiveFields.Council);
            Score("date", label, label.Date, Written(metadata.Date), metadata, ArchiveFields.Date);
            Score("type", label, label.Type, metadata.Type, metadata, ArchiveFields.Type);
            if (label.Titles.Count > 0)
            {
                var titleRight = label.Titles.Any(title => TitleKey(title) == TitleKey(metadata.Title));
                Record(TitleField(label), label, titleRight, string.Join(" / ", label.Titles), metadata.Title, metadata, ArchiveFields.Title);
            }
            else
            {
                untitled.Add($"{label.Doc,-60} {metadata.Title} ({metadata.Provenance.GetValueOrDefault(ArchiveFields.Title, "-")})");
            }

            var expectedTopics = label.Topics.ToHashSet(StringComparer.Ordinal);
            var actualTopics = metadata.Topics.ToHashSet(StringComparer.Ordinal);
            topicTruePositives += actualTopics.Count(expectedTopics.Contains);
            topicPredicted += actualTopics.Count;
            topicLabelled += expectedTopics.Count;
            foreach (var topic in expectedTopics.Union(actualTopics))
            {
                var (right, given, labelled) = byTopic.GetValueOrDefault(topic);
                byTopic[topic] = (right + (expectedTopics.Contains(topic) && actualTopics.Contains(topic) ? 1 : 0), given + (actualTopics.Contains(topic) ? 1 : 0), labelled + (expectedTopics.Contains(topic) ? 1 : 0));
            }

            if (!expectedTopics.SetEquals(actualTopics))
            {
                misses.Add($"{"topics",-12} {label.Doc,-60} missing [{string.Join(", ", expectedTopics.Except(actualTopics))}] extra [{string.Join(", ", actualTopics.Except(expectedTopics))}]");
            }
        }

        var topicPrecision = topicPredicted == 0 ? 1 : (double)topicTruePositives / topicPredicted;
        var topicRecall = topicLabelled == 0 ? 1 : (double)topicTruePositives / topicLabelled;
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Metadata accuracy over {labels.Count} labelled documents");
        table.AppendLine("| field | right | of | accuracy | threshold |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var field in new[] { "municipality", "date", "type", "council", TitleChosenOn, TitleHeldOut })
        {
            var (right, total) = scores[field];
            table.AppendLine(CultureInfo.InvariantCulture, $"| {field} | {right} | {total} | {(double)right / total:P1} | {Thresholds[field]:P0} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| topics precision | {topicTruePositives} | {topicPredicted} | {topicPrecision:P1} | {TopicThreshold:P0} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| topics recall | {topicTruePositives} | {topicLabelled} | {topicRecall:P1} | {TopicThreshold:P0} |");
        var text = new StringBuilder(table.ToString());
        text.AppendLine("Right answers by the rule that gave them:");
        foreach (var (source, (right, total)) in bySource)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {source,-40} {right,4} of {total,4}");
        }

        text.AppendLine("Topics (right / given / labelled):");
        foreach (var (topic, (right, given, labelled)) in byTopic)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {topic,-32} {right,4} {given,4} {labelled,4}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Documents whose text shows no headline ({untitled.Count}), with the title the archive gave:");
        foreach (var line in untitled)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }

        text.AppendLine("Disagreements:");
        foreach (var miss in misses.OrderBy(miss => miss, StringComparer.Ordinal))
        {
            text.AppendLine(miss);
        }

        var accuracy = scores.ToDictionary(pair => pair.Key, pair => (double)pair.Value.Right / pair.Value.Total);
        accuracy["topics precision"] = topicPrecision;
        accuracy["topics recall"] = topicRecall;
        return new AccuracyReport(accuracy, text.ToString());
    }

    private sealed record AccuracyReport(IReadOnlyDictionary<string, double> Accuracy, string Text);

    private static async Task<DocumentMetadata> BuildAsync(LabelledDocument label, TextExtraction extraction)
    {
        if (label.IsCorpusDk)
        {
            var id = label.Doc["corpus-dk/".Length..];
            var content = await File.ReadAllBytesAsync(CorpusDk.TextPath(id));
            var text = (await extraction.ExtractAsync(content, id + ".txt", CancellationToken.None)).Text!;
            var sidecar = Sidecar.Parse(Encoding.UTF8.GetBytes(CorpusDk.SidecarJsonFor(id)));
            return TestMetadata.Builder.Build(text, id + ".txt", sidecar);
        }

        var relative = label.Doc["corpus/".Length..];
        var path = TestData.BundledCorpusFile(relative);
        var extracted = (await extraction.ExtractAsync(await File.ReadAllBytesAsync(path), relative, CancellationToken.None)).Text!;
        return TestMetadata.Builder.Build(extracted, Path.GetFileName(relative), sidecar: null);
    }

    /// <summary>A date as the labels write it: to its precision.</summary>
    private static string? Written(DocumentDate? date) => date?.Precision switch
    {
        null => null,
        DatePrecision.Day => date.IsoDate,
        DatePrecision.Month => date.IsoDate[..7],
        _ => date.IsoDate[..4],
    };

    /// <summary>The row a labelled title is counted in: the half the title rules were chosen on, or the held-out half.</summary>
    private static string TitleField(LabelledDocument label) => label.Part == "part-b" ? TitleHeldOut : TitleChosenOn;

    /// <summary>A title for comparison: letters and digits in lower case, one space between words.</summary>
    private static string TitleKey(string? title) =>
        title is null ? string.Empty : string.Join(' ', new string([.. title.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string? Normalize(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
