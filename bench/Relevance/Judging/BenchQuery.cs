namespace Archive.Relevance.Judging;

/// <summary>A query as a user would type it, and what that user wants (the criterion judges grade against).</summary>
/// <param name="Kind">What the query tests: topic, council, compound, phrase, inflection, misspelling, section, multiword, metadata.</param>
/// <param name="Half">
/// <c>A</c> or <c>B</c> for a held-out query, written after the ranking was developed and never used to tune it;
/// null for a query the ranking was developed against. The halves let one half confirm what the other shows.
/// <c>C</c> for a query of the later held-out set, written after the synonym rings and before any search over it:
/// the failures of halves A and B were known when the rings were written, set C's were not.
/// </param>
public sealed record BenchQuery(string Id, string Text, string Kind, string Intent, string? Half = null)
{
    public const string HalfA = "A";
    public const string HalfB = "B";
    public const string SetC = "C";

    public bool IsHeldOut => Half is not null;

    /// <summary>A held-out query of halves A and B (not of set C).</summary>
    public bool IsInHalves => Half is HalfA or HalfB;
}
