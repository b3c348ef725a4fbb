namespace Archive.Ingestion.Extraction;

/// <summary>
/// Lays out the tables a walker meets, the same way for every format: each row on a line of its own, its cells
/// separated by a tab. Inside a cell a line break is a space (see <see cref="TextSink.LineBreak"/>), and the cells
/// of a table nested in a cell are separated by spaces, so that the outer row stays one line.
/// </summary>
internal sealed class TableLayout(TextSink sink)
{
    // For each open table, how many cells of its current row have been opened.
    private readonly Stack<int> _cellIndexes = new();

    public void OpenTable()
    {
        sink.EnsureLineStart();
        _cellIndexes.Push(0);
    }

    public void CloseTable()
    {
        if (_cellIndexes.Count > 0)
        {
            _cellIndexes.Pop();
        }

        sink.EnsureLineStart();
    }

    public void OpenRow()
    {
        if (_cellIndexes.Count > 0)
        {
            _cellIndexes.Pop();
            _cellIndexes.Push(0);
        }

        sink.EnsureLineStart();
    }

    public void CloseRow() => sink.EnsureLineStart();

    public void OpenCell()
    {
        if (_cellIndexes.Count > 0)
        {
            var index = _cellIndexes.Pop();
            if (index > 0)
            {
                sink.Append(sink.CellDepth == 0 ? '\t' : ' ');
            }

            _cellIndexes.Push(index + 1);
        }

        sink.CellDepth++;
    }

    public void CloseCell() => sink.CellDepth--;
}
