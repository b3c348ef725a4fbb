namespace Archive.Ingestion.Extraction.OpenDocument;

/// <summary>The text of an OpenDocument body, where its saved pages start, and its footnotes and endnotes.</summary>
/// <param name="Text">Paragraphs and headings one per line; table rows one per line with cells separated by tabs.</param>
/// <param name="PageBreaks">Offsets in <paramref name="Text"/> where the program that saved the file last broke the pages.</param>
/// <param name="Notes">The footnotes and endnotes, in the order they are referred to.</param>
internal sealed record OdfBodyText(string Text, IReadOnlyList<int> PageBreaks, IReadOnlyList<string> Notes);
