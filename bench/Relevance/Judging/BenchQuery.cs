namespace Archive.Relevance.Judging;

/// <summary>A query as a user would type it, and what that user wants (the criterion judges grade against).</summary>
/// <param name="Kind">What the query tests: topic, council, compound, phrase, inflection, misspelling.</param>
public sealed record BenchQuery(string Id, string Text, string Kind, string Intent);
