namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// A fact that reads scans: it needs Tesseract with the Danish model and poppler's pdftoppm on the PATH. Skipped with a
/// reason when they are missing, except under CI=true, where their absence fails the test.
/// </summary>
public sealed class TesseractFactAttribute : FactAttribute
{
    public TesseractFactAttribute()
    {
        Skip = OcrTools.Missing is { } missing && !TestData.IsCi ? missing : null;
    }
}

/// <summary>Whether the OCR tools are installed, looked up on the PATH once.</summary>
internal static class OcrTools
{
    private static readonly Lazy<string?> MissingTools = new(() =>
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string? Find(string program) => folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
        var absent = new[] { "tesseract", "pdftoppm" }.Where(program => Find(program) is null).ToList();
        if (Find("tesseract") is { } tesseract && !ListsDanish(tesseract))
        {
            absent.Add("Tesseract's Danish model");
        }

        return absent.Count == 0 ? null : $"OCR tests need {string.Join(", ", absent)} (apt-get install tesseract-ocr tesseract-ocr-dan poppler-utils)";
    });

    private static bool ListsDanish(string tesseract)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tesseract, "--list-langs") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var listed = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return listed.Split('\n', StringSplitOptions.TrimEntries).Contains("dan");
    }

    public static string? Missing => MissingTools.Value;
}
