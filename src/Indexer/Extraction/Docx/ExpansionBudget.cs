namespace Archive.Indexer.Extraction.Docx;

/// <summary>
/// How many decompressed bytes one package may still produce. The sizes a ZIP declares can lie,
/// so every byte actually read from a part is counted against the same budget.
/// </summary>
internal sealed class ExpansionBudget
{
    private readonly long _limit;
    private long _remaining;

    public ExpansionBudget(long limit)
    {
        _limit = limit;
        _remaining = limit;
    }

    public void Consume(int bytes)
    {
        _remaining -= bytes;
        if (_remaining < 0)
        {
            throw TooLarge();
        }
    }

    public ExtractionFailedException TooLarge() =>
        new(FailureReason.TooLarge, $"the Word file expands to more than {_limit:N0} bytes when unpacked");
}
