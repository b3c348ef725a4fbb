namespace Archive.Relevance.Judging;

/// <summary>
/// The tab-separated files of the bench: a header row, then one record per line. Blank lines and lines starting
/// with '#' are skipped, so a judge can leave a note; every problem names the file and line.
/// </summary>
internal static class TsvFile
{
    public static IEnumerable<(int Line, string[] Cells)> Read(string path, IReadOnlyList<string> header)
    {
        var lineNumber = 0;
        var sawHeader = false;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!sawHeader)
            {
                if (!cells.Select(cell => cell.Trim()).SequenceEqual(header))
                {
                    throw Problem(path, lineNumber, $"the header must be '{string.Join("\\t", header)}'");
                }

                sawHeader = true;
                continue;
            }

            if (cells.Length != header.Count)
            {
                throw Problem(path, lineNumber, $"expected {header.Count} tab-separated cells, found {cells.Length}");
            }

            yield return (lineNumber, cells.Select(cell => cell.Trim()).ToArray());
        }

        if (!sawHeader)
        {
            throw Problem(path, lineNumber, "the file is empty (no header)");
        }
    }

    public static FormatException Problem(string path, int line, string message) => new($"{Path.GetFileName(path)} line {line}: {message}");
}
