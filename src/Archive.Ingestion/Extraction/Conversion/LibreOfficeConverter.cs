using System.Globalization;
using Archive.Ingestion.Extraction.Tools;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction.Conversion;

/// <summary>
/// Converts an office file to PDF with LibreOffice headless: one conversion at a time, each in a temporary folder of
/// its own with a fresh profile in which macros never run, under a time limit after which LibreOffice and every
/// process it started are killed. The folder, profile included, is removed afterwards, whatever happened.
/// </summary>
internal sealed class LibreOfficeConverter(ToolAvailability tools, TimeSpan timeout, long maxPdfBytes)
{
    // soffice instances with separate profiles could run side by side, but each takes some 200 MB and a core: one at a
    // time keeps a batch of legacy files from starving the other extractions (and the machine).
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The PDF LibreOffice makes of <paramref name="content"/>; throws <see cref="ExtractionFailedException"/> with the reason when it cannot.</summary>
    public async Task<byte[]> ConvertToPdfAsync(byte[] content, ConvertibleFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        var installed = await tools.GetAsync(cancellationToken);
        if (!installed.Converts(format.Module))
        {
            throw new ExtractionFailedException(
                FailureReason.NeedsConverter,
                $"a {format.Name} is read through LibreOffice, which is not installed; install it (apt-get install {format.Package}) and the file is read at the next rescan");
        }

        await OneAtATime.WaitAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("archive-convert-");
        try
        {
            return await ConvertInAsync(work.FullName, installed.LibreOffice!, content, format, cancellationToken);
        }
        finally
        {
            RemoveFolder(work);
            OneAtATime.Release();
        }
    }

    private async Task<byte[]> ConvertInAsync(string work, string libreOffice, byte[] content, ConvertibleFormat format, CancellationToken cancellationToken)
    {
        var input = Path.Combine(work, "document" + format.Extension);
        var output = Directory.CreateDirectory(Path.Combine(work, "pdf")).FullName;
        await File.WriteAllBytesAsync(input, content, cancellationToken);
        string[] arguments =
        [
            LibreOfficeProfile.Create(Path.Combine(work, "profile")),
            "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck", "--nofirststartwizard",
            "--convert-to", "pdf", "--outdir", output, input,
        ];
        var result = await ExternalProgram.RunAsync(
            new ProgramInvocation(libreOffice, arguments, work)
            {
                Timeout = timeout,
                MaxOutputBytes = 64 * 1024,
                // Anything LibreOffice writes outside its profile (font caches, recent files) stays in the folder too.
                Environment = new Dictionary<string, string?> { ["HOME"] = work, ["TMPDIR"] = work },
            },
            cancellationToken);

        if (result.End == ProgramEnd.TimedOut)
        {
            throw new ExtractionFailedException(FailureReason.TimedOut, $"the {format.Name} could not be converted: {result.Describe("LibreOffice")}");
        }

        var pdf = new FileInfo(Path.Combine(output, "document.pdf"));
        if (!result.Succeeded || !pdf.Exists || pdf.Length == 0)
        {
            // soffice exits with 0 when it cannot load a file, saying so on its output; the missing PDF tells.
            var why = result.Succeeded ? result.StandardError.Trim() is { Length: > 0 } said ? said : "it wrote no PDF" : result.Describe("LibreOffice");
            throw new ExtractionFailedException(FailureReason.Corrupt, $"LibreOffice could not convert the {format.Name}: {FirstLine(why)}");
        }

        if (pdf.Length > maxPdfBytes)
        {
            throw new ExtractionFailedException(
                FailureReason.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"the PDF LibreOffice made of the {format.Name} is {pdf.Length / (1024 * 1024):N0} MB, more than the {maxPdfBytes / (1024 * 1024):N0} MB a file may have"));
        }

        return await File.ReadAllBytesAsync(pdf.FullName, cancellationToken);
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? text;

    private static void RemoveFolder(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A process of the killed tree may hold a file for a moment; the system's temporary folder is cleaned in time.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
