using System.Diagnostics;
using Archive.Ingestion.Extraction.Tools;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// The machine's LibreOffice, for tests that need the real converter, and the seed texts saved by it as legacy Word
/// (.doc) and RTF: made once per test run from copies of the bundled corpus's Word files.
/// </summary>
internal static class LibreOffice
{
    private static readonly Lazy<string> SavedCopies = new(SaveCopies);

    /// <summary>soffice on the PATH, or null.</summary>
    public static string? Program { get; } = new ProgramLocator(null).Find("soffice", "libreoffice");

    /// <summary>Why a test that needs LibreOffice is skipped, or null when it must run (LibreOffice is there, or CI, where its absence fails).</summary>
    public static string? SkipReason =>
        Program is not null || TestData.IsCi ? null : $"needs LibreOffice (apt-get install {InstalledTools.LibreOfficePackages}), which is not on the PATH";

    /// <summary>The bundled corpus's Word files that are converted, by a short name.</summary>
    public static IReadOnlyDictionary<string, string> Seeds { get; } = new Dictionary<string, string>
    {
        ["pilotprojekt"] = "koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx",
        ["backstage"] = "slagelse/henvendelse-backstage-2017.docx",
    };

    /// <summary>The seed <paramref name="seed"/> saved by LibreOffice in <paramref name="extension"/> ("doc" or "rtf").</summary>
    public static byte[] Saved(string seed, string extension) =>
        File.ReadAllBytes(Path.Combine(SavedCopies.Value, $"{seed}.{extension}"));

    private static string SaveCopies()
    {
        var program = Program ?? throw new InvalidOperationException(SkipReason ?? "LibreOffice is not installed, and CI needs it");
        var folder = Path.Combine(Path.GetTempPath(), "archive-tests", "libreoffice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, relative) in Seeds)
        {
            File.Copy(TestData.BundledCorpusFile(relative), Path.Combine(folder, name + ".docx"));
        }

        var inputs = Seeds.Keys.Select(name => Path.Combine(folder, name + ".docx")).ToList();
        foreach (var target in new[] { "doc", "rtf" })
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri, "--headless", "--convert-to", target, "--outdir", folder, .. inputs])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }

        return folder;
    }
}

/// <summary>A fact that needs LibreOffice: skipped with a reason when it is absent, except under CI.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        Skip = LibreOffice.SkipReason;
    }
}

/// <summary>A theory that needs LibreOffice: skipped with a reason when it is absent, except under CI.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        Skip = LibreOffice.SkipReason;
    }
}
