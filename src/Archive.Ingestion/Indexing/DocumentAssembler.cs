using Archive.Ingestion.Extraction;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// Makes the index documents of a content: its own document, with its files (the first path is the primary one), its
/// text, and its metadata from the text, the primary file's sidecar and its folder's metadata.csv row; and for an
/// e-mail one document per attachment it carries, linked to its message. What a sidecar or a row got wrong is listed
/// among the failures (the document is still made with what was valid).
/// </summary>
internal sealed class DocumentAssembler(string inboxRoot, MetadataBuilder metadata, FailureLog failures, TimeProvider clock, ILogger logger)
{
    /// <summary>The content's documents: its own first, then its attachments (each followed by its own attachments).</summary>
    public IReadOnlyList<ArchiveDocument> Assemble(string sha256, IReadOnlyList<ArchiveFile> files, ExtractedText text, FileFormat format)
    {
        var document = AssembleFile(sha256, files, text, format);
        var documents = new List<ArchiveDocument> { document };
        AddAttachments(documents, document, text, numberPrefix: null);
        return documents;
    }

    private ArchiveDocument AssembleFile(string sha256, IReadOnlyList<ArchiveFile> files, ExtractedText text, FileFormat format)
    {
        ArgumentNullException.ThrowIfNull(files);
        var primary = files[0];
        var primaryFullPath = InboxPaths.ToFull(inboxRoot, primary.Path);
        var sidecar = SymbolicLinks.IsLink(Sidecar.PathFor(primaryFullPath)) ? LinkRefused(Sidecar.PathFor(primary.Path)) : Sidecar.Read(primaryFullPath);
        RecordMetadataProblems(Sidecar.PathFor(primary.Path), Sidecar.PathFor(primary.Path), "sidecar", sidecar);
        var folderCsv = SymbolicLinks.IsLink(MetadataCsv.PathFor(primaryFullPath)) ? LinkRefused(MetadataCsv.PathFor(primary.Path)) : MetadataCsv.ReadRowFor(primaryFullPath);
        RecordMetadataProblems(MetadataCsv.RowPathFor(primary.Path), MetadataCsv.PathFor(primary.Path), MetadataCsv.FileName + " row", folderCsv);
        var fileName = Path.GetFileName(primary.Path);
        return new ArchiveDocument
        {
            Id = DocumentIds.FromPath(primary.Path),
            Sha256 = sha256,
            Files = files,
            Metadata = metadata.Build(text, fileName, sidecar, folderCsv),
            FileName = fileName,
            ContentType = ContentTypes.For(format, fileName),
            IngestedAt = clock.GetUtcNow(),
            Pages = text.Pages,
            AwaitsOcr = text.AwaitsOcr,
        };
    }

    /// <summary>
    /// One document per attachment of <paramref name="text"/>: its own text and content hash, its message's files and
    /// source, an id from the message's primary path and the attachment's place.
    /// </summary>
    private void AddAttachments(List<ArchiveDocument> documents, ArchiveDocument message, ExtractedText text, string? numberPrefix)
    {
        foreach (var attachment in text.Attachments)
        {
            var number = numberPrefix is null ? $"{attachment.Number}" : $"{numberPrefix}/{attachment.Number}";
            var document = new ArchiveDocument
            {
                Id = DocumentIds.ForAttachment(message.Files[0].Path, number),
                Sha256 = attachment.Sha256,
                SourceSha256 = message.SourceSha256,
                PartOf = message.Id,
                Attachment = number,
                Files = message.Files,
                Metadata = metadata.BuildForAttachment(attachment.Text, attachment.FileName, message.Metadata),
                FileName = attachment.FileName,
                ContentType = ContentTypes.For(attachment.Format, attachment.FileName),
                IngestedAt = message.IngestedAt,
                Pages = attachment.Text.Pages,
            };
            documents.Add(document);
            AddAttachments(documents, document, attachment.Text, number);
        }
    }

    /// <summary>A metadata file that is a symbolic link is not read: its "problem" says so.</summary>
    private static Sidecar LinkRefused(string relativePath) => new(new DocumentMetadata(), [SymbolicLinks.Refusal(relativePath)]);

    /// <summary>
    /// Lists what a sidecar or a metadata.csv row got wrong, or clears the entry once it is right.
    /// <paramref name="filePath"/> is the file whose size and time the entry records.
    /// </summary>
    private void RecordMetadataProblems(string failurePath, string filePath, string what, Sidecar? source)
    {
        if (source is null || source.Problems.Count == 0)
        {
            failures.Remove(failurePath);
            return;
        }

        var info = new FileInfo(InboxPaths.ToFull(inboxRoot, filePath));
        var message = $"{what} metadata partly ignored: " + string.Join("; ", source.Problems);
        logger.LogWarning("{Path}: {Message}", failurePath, message);
        failures.Record(new IngestFailure(failurePath, FailureReason.Corrupt, message, clock.GetUtcNow(), info.Exists ? info.Length : 0, info.Exists ? info.LastWriteTimeUtc.Ticks : 0, string.Empty));
    }
}
