using System.ComponentModel;
using Archive.Lucene.Search;

namespace Archive.SearchApi.Model;

[Description("Another document holding the same text (the same words in the same order) in another file, usually another format.")]
public sealed record CopyResponse(
    string Id,
    string FileName,
    [property: Description("The file's format in capitals, as people name it: PDF, DOCX, TXT …")] string Format)
{
    public static CopyResponse From(DocumentCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return new CopyResponse(copy.Id, copy.FileName, FormatName.Of(copy.FileName, copy.ContentType));
    }
}
