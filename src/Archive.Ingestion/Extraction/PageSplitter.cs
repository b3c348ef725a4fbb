namespace Archive.Ingestion.Extraction;

/// <summary>Cuts a part's text into pages at given offsets.</summary>
internal static class PageSplitter
{
    /// <summary>
    /// Pages at the marks a program saved (where it last broke the pages); there is always at least one page.
    /// A mark before any text, or one out of order, opens no page.
    /// </summary>
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

    /// <summary>
    /// One page for each of <paramref name="starts"/> (ascending offsets, the first normally 0), empty pages kept:
    /// for formats whose pages are units of their own (a sheet, a slide), so that page N stays the Nth of them.
    /// </summary>
    public static List<string> SplitAtStarts(string text, IReadOnlyList<int> starts)
    {
        var pages = new List<string>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            pages.Add(text[starts[i]..end]);
        }

        return pages;
    }
}
