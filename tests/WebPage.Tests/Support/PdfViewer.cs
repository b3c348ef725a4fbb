namespace Archive.WebPage.Tests.Support;

/// <summary>
/// The pdf.js build the archive serves at /vendor/pdfjs: npm installs it beside the API (src/SearchApi/package.json)
/// and the API's build copies it into its web root only when it is there.
/// </summary>
public static class PdfViewer
{
    public static string ScriptPath => Path.Combine(TestData.RepositoryRoot, "src", "SearchApi", "node_modules", "pdfjs-dist", "build", "pdf.min.mjs");

    /// <summary>Why tests of the drawn original page are skipped, or null when they must run (always under CI).</summary>
    public static string? SkipReason =>
        Chromium.SkipReason ?? (File.Exists(ScriptPath) || TestData.IsCi ? null : $"needs pdf.js at {ScriptPath} (`npm ci` in src/SearchApi, then a build; scripts/install-prerequisites.sh runs it)");
}

/// <summary>A test of the original PDF page drawn by pdf.js: skipped with a reason when Chromium or pdf.js is absent, except under CI.</summary>
public sealed class PdfViewerFactAttribute : FactAttribute
{
    public PdfViewerFactAttribute()
    {
        Skip = PdfViewer.SkipReason;
    }
}
