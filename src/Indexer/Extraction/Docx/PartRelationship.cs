namespace Archive.Indexer.Extraction.Docx;

/// <summary>One relationship of a package or part, with its target already resolved to a part name.</summary>
/// <param name="Id">The relationship id that markup refers to (<c>r:id</c>).</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="TargetPartName">The absolute part name ("/word/header1.xml"), or the raw target when external.</param>
/// <param name="IsExternal">True when the target lies outside the package (a web address, a linked file).</param>
internal sealed record PartRelationship(string Id, string Type, string TargetPartName, bool IsExternal)
{
    /// <summary>Relationship types differ between transitional and strict only in their prefix.</summary>
    public bool HasType(string lastSegment) => Type.EndsWith("/" + lastSegment, StringComparison.OrdinalIgnoreCase);
}
