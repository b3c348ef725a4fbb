namespace Archive.Ingestion.Metadata.Types;

/// <summary>The document types of the archive, spelled as they are indexed and shown.</summary>
internal static class DocumentTypes
{
    public const string Hearing = "Høringssvar";
    public const string Approach = "Henvendelse";
    public const string Agenda = "Dagsorden";
    public const string Minutes = "Referat";
    public const string Memo = "Notat";
    public const string Policy = "Politik/strategi";
    public const string News = "Nyhed";
    public const string Other = "Andet";

    public static readonly IReadOnlyList<string> All = [Hearing, Approach, Agenda, Minutes, Memo, Policy, News, Other];
}
