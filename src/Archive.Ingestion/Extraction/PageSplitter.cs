namespace Archive.Ingestion.Extraction;

/// <summary>Cuts a part's text into pages at the given offsets; there is always at least one page.</summary>
internal static class PageSplitter
{
    public static List<string> Split(string text, IReadOnlyList<int> breaks)
    {
        var pages = new List<string>(breaks.Count + 1);
        var start = 0;
        foreach (var position in breaks.Order())
        {
            // A mark before any text would only open an empty first page.
            if (position <= 0 || position < start)
            {
                continue;
            }

            pages.Add(text[start..Math.Min(position, text.Length)]);
            start = Math.Min(position, text.Length);
        }

        pages.Add(text[start..]);
        return pages;
    }
}
