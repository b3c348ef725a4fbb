namespace Archive.Ingestion.Extraction;

/// <summary>Reads the text out of one document format.</summary>
internal interface ITextExtractor
{
    FileFormat Format { get; }

    /// <summary>
    /// Extracts the text of <paramref name="content"/>. Throws <see cref="ExtractionFailedException"/>
    /// for a file that cannot be read; any other exception is treated as a corrupt file by the caller.
    /// </summary>
    ExtractedText Extract(byte[] content, CancellationToken cancellationToken);
}
