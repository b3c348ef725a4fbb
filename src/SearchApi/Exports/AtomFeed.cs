using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Archive.Lucene;
using Archive.Lucene.Search;

namespace Archive.SearchApi.Exports;

/// <summary>
/// The newest matches of a search as an Atom 1.0 feed (RFC 4287), so a council can follow a topic or a query
/// in any feed reader. An entry is updated when the archive (re)indexed it.
/// </summary>
public static partial class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public const int MaxEntries = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private const char Ellipsis = '…';

    /// <summary>The scheme of the category that holds a document's date as precise as it is known (2019, 2019-06, 2019-06-12).</summary>
    public const string DateScheme = "urn:archive:date";

    /// <param name="documentUrl">The web page of a document, by its id.</param>
    public static byte[] Write(string title, Uri selfUrl, IReadOnlyList<SearchHit> hits, Func<string, Uri> documentUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(selfUrl);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(documentUrl);
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, "urn:archive:search:" + selfUrl.Query.TrimStart('?'));
            xml.WriteElementString("title", AtomNamespace, XmlText(title));
            var updated = hits.Count == 0 ? now : hits.Max(hit => hit.Document.IngestedAt);
            xml.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            WriteLink(xml, "self", selfUrl.AbsoluteUri, "application/atom+xml");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "Archive");
            xml.WriteEndElement();
            foreach (var hit in hits)
            {
                WriteEntry(xml, hit, documentUrl(hit.Document.Id));
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SearchHit hit, Uri url)
    {
        var document = hit.Document;
        var metadata = document.Metadata;
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("id", AtomNamespace, "urn:archive:document:" + document.Id);
        xml.WriteElementString("title", AtomNamespace, XmlText(metadata.Title ?? document.FileName));
        xml.WriteElementString("updated", AtomNamespace, Timestamp(document.IngestedAt));
        // Atom's dates must be full RFC 3339 timestamps, so a document dated only "2019" is published on 2019-01-01 for
        // a reader's sorting. What the document states is written where a person reads it: a category of its own and
        // the start of the summary.
        var date = metadata.Date;
        if (date is not null)
        {
            xml.WriteElementString("published", AtomNamespace, date.IsoDate + "T00:00:00Z");
        }

        // Feed readers open the alternate link in a browser: the document's web page, not its JSON.
        WriteLink(xml, "alternate", url.AbsoluteUri, "text/html");
        // Every facet value is a category, so a feed reader can sort entries by council, place, type and topic.
        foreach (var category in MetadataFields.Facets.SelectMany(metadata.ValuesOf))
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", XmlText(category));
            xml.WriteEndElement();
        }

        if (date is not null)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", date.PreciseIso);
            xml.WriteAttributeString("scheme", DateScheme);
            xml.WriteAttributeString("label", DanishDate.Format(date));
            xml.WriteEndElement();
        }

        var passages = Summary(hit.Snippets);
        var summary = date is null ? passages : passages.Length == 0 ? DanishDate.Format(date) : $"{DanishDate.Format(date)} – {passages}";
        if (summary.Length > 0)
        {
            xml.WriteElementString("summary", AtomNamespace, XmlText(summary));
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The passages as plain text, one ellipsis between two of them. A passage cut out of its page already starts or
    /// ends with one; between passages those and the separator would read "… … …", so they give way to the separator.
    /// </summary>
    private static string Summary(IReadOnlyList<Snippet> snippets)
    {
        var passages = snippets.Select(snippet => WebUtility.HtmlDecode(Tags().Replace(snippet.Html, string.Empty)).Trim()).Where(text => text.Length > 0).ToList();
        var summary = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (i > 0)
            {
                passage = passage.TrimStart(Ellipsis).TrimStart();
                summary.Append(" … ");
            }

            summary.Append(i < passages.Count - 1 ? passage.TrimEnd(Ellipsis).TrimEnd() : passage);
        }

        return summary.ToString();
    }

    private static void WriteLink(XmlWriter xml, string relation, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Extracted text can hold control characters that XML does not allow; the writer would throw on them.
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
