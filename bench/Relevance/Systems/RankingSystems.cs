using Archive.Relevance.Corpus;

namespace Archive.Relevance.Systems;

/// <summary>The systems the bench knows, by the names used on the command line.</summary>
public static class RankingSystems
{
    public const string Standard = "standard";
    public const string Danish = "danish";
    public const string Archive = "archive";

    /// <summary>The archive with its synonym rings left out: what the rings add, measured on one build.</summary>
    public const string ArchiveWithoutSynonyms = "archive-without-synonyms";
    public const string Recoll = "recoll";

    public static IReadOnlyList<string> All { get; } = [Standard, Danish, Archive, ArchiveWithoutSynonyms, Recoll];

    /// <summary>Indexes the corpus in the named system; its index lives in <paramref name="workspace"/>.</summary>
    public static async Task<IRankingSystem> CreateAsync(string name, BenchCorpus corpus, BenchWorkspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return name switch
        {
            Standard => LuceneBaselineSystem.Standard(corpus),
            Danish => LuceneBaselineSystem.Danish(corpus),
            Archive => await ArchiveSystem.CreateAsync(corpus, workspace.Folder(Archive), withSynonyms: true, cancellationToken),
            ArchiveWithoutSynonyms => await ArchiveSystem.CreateAsync(corpus, workspace.Folder(ArchiveWithoutSynonyms), withSynonyms: false, cancellationToken),
            Recoll => await RecollSystem.CreateAsync(corpus, workspace.Folder(Recoll), cancellationToken),
            _ => throw new ArgumentException($"Unknown system '{name}'; known: {string.Join(", ", All)}.", nameof(name)),
        };
    }
}
