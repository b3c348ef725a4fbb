namespace Archive.Ingestion.Extraction;

/// <summary>
/// Cuts a page longer than <see cref="ExtractionLimits.MaxPageCharacters"/> into pages of at most that length,
/// each ending at a line end where there is one (else at a space, else where the limit falls).
/// </summary>
internal static class PageCutter
{
    public static IEnumerable<string> Cut(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var start = 0;
        while (page.Length - start > ExtractionLimits.MaxPageCharacters)
        {
            var window = page.AsSpan(start, ExtractionLimits.MaxPageCharacters);
            var end = window.LastIndexOf('\n');
            if (end < ExtractionLimits.MaxPageCharacters / 2)
            {
                end = window.LastIndexOf(' ');
            }

            var length = end < ExtractionLimits.MaxPageCharacters / 2 ? ExtractionLimits.MaxPageCharacters : end + 1;
            yield return page.Substring(start, length).TrimEnd();
            start += length;
        }

        yield return page[start..];
    }
}
