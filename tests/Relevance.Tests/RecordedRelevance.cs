namespace Archive.Relevance.Tests;

/// <summary>
/// The archive's recorded relevance: the one place the figure lives (docs/relevance.md cites it). Record it with
/// <c>bench/relevance.sh</c> when the judgments or the search change on purpose; the regression test allows 0.02 below it.
/// </summary>
public static class RecordedRelevance
{
    /// <summary>
    /// Mean nDCG@10 of the <c>archive</c> system over the 70 developed queries (q01–q70; not the held-out ones), as recorded in docs/relevance.md.
    /// </summary>
    public const double ArchiveNdcgAt10 = 0.887;

    /// <summary>Mean nDCG@10 of the <c>archive</c> system over the held-out halves A and B (q71–q116), as recorded in docs/relevance.md.</summary>
    public const double ArchiveHeldOutNdcgAt10 = 0.685;

    /// <summary>Mean nDCG@10 of the <c>archive</c> system over held-out set C (q117–q136), as recorded in docs/relevance.md.</summary>
    public const double ArchiveSetCNdcgAt10 = 0.685;

    /// <summary>How far below the recorded figure a run may fall before the test fails.</summary>
    public const double Tolerance = 0.02;
}
