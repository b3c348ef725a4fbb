using System.Text;
using System.Xml;

namespace Archive.Ingestion.Extraction.Spreadsheet;

/// <summary>
/// The text of a shared string (si) or an inline string (is): its t elements, directly or in formatted runs (r),
/// in order. Phonetic readings (rPh, furigana for East Asian names) are a guide to the text, not text, and are left out.
/// </summary>
internal static class RichText
{
    /// <summary>Reads the element the reader is on, and leaves the reader on its end tag (or on it, when it is empty).</summary>
    public static string Read(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else
            {
                reader.Read();
            }
        }

        return text.ToString();
    }
}
