namespace Archive.Indexer.Extraction.Docx;

/// <summary>A read-only view of a decompressing stream that charges every byte to an <see cref="ExpansionBudget"/>.</summary>
internal sealed class BudgetedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly ExpansionBudget _budget;

    public BudgetedReadStream(Stream inner, ExpansionBudget budget)
    {
        _inner = inner;
        _budget = budget;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _budget.Consume(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
