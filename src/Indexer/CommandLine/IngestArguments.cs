namespace Archive.Indexer.CommandLine;

/// <summary>The parsed arguments of <c>ingest &lt;folder&gt; [--index &lt;dir&gt;] [--quiet]</c>.</summary>
public sealed record IngestArguments(string Folder, string? IndexPath, bool Quiet)
{
    public const string Usage = """
        Usage:
          Archive.Indexer ingest <folder> [--index <dir>] [--quiet]
              Ingests every document (PDF, Word, Excel, PowerPoint, OpenDocument text, web page, e-mail, text, scan;
              with LibreOffice also legacy .doc, .xls, .ppt, RTF, WordPerfect, .ods, .odp) under <folder> into the
              index once, reads its scans by OCR (Tesseract, when installed), then exits.
              --index <dir>   index folder (default: Archive:IndexPath, "data/index")
              --quiet         no progress line, only the summary
          Archive.Indexer
              Runs as a worker that watches Archive:InboxPath and keeps the index up to date.
        Configuration: appsettings.json or environment variables such as Archive__IndexPath.
        """;

    /// <summary>Parses the arguments after "ingest"; returns null and an error message when they are wrong.</summary>
    public static (IngestArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? folder = null;
        string? index = null;
        var quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--index" or "-i":
                    if (i + 1 >= args.Count)
                    {
                        return (null, "--index needs a folder");
                    }

                    index = args[++i];
                    break;
                case "--quiet" or "-q":
                    quiet = true;
                    break;
                case var option when option.StartsWith('-'):
                    return (null, $"unknown option '{option}'");
                default:
                    if (folder is not null)
                    {
                        return (null, $"only one folder can be ingested at a time ('{folder}', '{args[i]}')");
                    }

                    folder = args[i];
                    break;
            }
        }

        return folder is null ? (null, "missing the folder to ingest") : (new IngestArguments(folder, index, quiet), null);
    }
}
