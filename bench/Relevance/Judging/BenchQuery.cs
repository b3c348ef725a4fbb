namespace Archive.Relevance.Judging;

/// <summary>A query as a user would type it, and what that user wants (the criterion judges grade against).</summary>
/// <param name="Kind">What the query tests: topic, council, compound, phrase, inflection, misspelling, section, multiword, metadata.</param>
/// <param name="Half">
/// <c>A</c> or <c>B</c> for a held-out query, written after the ranking was developed and never used to tune it;
/// null for a query the ranking was developed against. The halves let one half confirm what the other shows.
/// </param>
public sealed record BenchQuery(string Id, string Text, string Kind, string Intent, string? Half = null)
{
    public const string HalfA = "A";
    public const string HalfB = "B";

    public bool IsHeldOut => Half is not null;
}
