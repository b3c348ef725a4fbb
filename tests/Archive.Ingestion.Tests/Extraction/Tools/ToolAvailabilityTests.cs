using Archive.Ingestion.Extraction.Tools;

namespace Archive.Ingestion.Tests.Extraction.Tools;

/// <summary>Finding the optional tools in a folder given as the search path: empty at first, stand-in scripts added later.</summary>
public sealed class ToolAvailabilityTests : IDisposable
{
    private readonly TempDirectory _tools = new();

    public void Dispose() => _tools.Dispose();

    [Fact]
    public void Find_ExecutableInTheSearchPath_IsFoundByItsFirstName()
    {
        var libreoffice = ShellScripts.Write(_tools.Path, "libreoffice", "exit 0");

        Assert.Equal(libreoffice, new ProgramLocator(_tools.Path).Find("soffice", "libreoffice"));
    }

    [Fact]
    public void Find_FileThatIsNotExecutable_IsNotAProgram()
    {
        File.WriteAllText(_tools.Combine("soffice"), "#!/bin/sh\n");

        Assert.Null(new ProgramLocator(_tools.Path).Find("soffice"));
    }

    [Fact]
    public void Find_RelativeFolderInTheSearchPath_IsIgnored()
    {
        ShellScripts.Write(_tools.Path, "soffice", "exit 0");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _tools.Path);

        Assert.Null(new ProgramLocator(relative).Find("soffice"));
    }

    [Fact]
    public async Task GetAsync_EmptyFolder_FindsNoTool()
    {
        var tools = await new ToolAvailability(new ProgramLocator(_tools.Path)).GetAsync(CancellationToken.None);

        Assert.Equal(InstalledTools.None, tools);
        Assert.False(tools.ConvertsOfficeFiles);
        Assert.False(tools.ReadsScans);
    }

    [Fact]
    public async Task RescanAsync_ToolsInstalledAfterTheFirstCheck_AreFound()
    {
        var availability = new ToolAvailability(new ProgramLocator(_tools.Path));
        Assert.False((await availability.GetAsync(CancellationToken.None)).ConvertsOfficeFiles);

        ShellScripts.Write(_tools.Path, "soffice", "exit 0");
        ShellScripts.Write(_tools.Path, "tesseract", "printf 'List of available languages in \"/x/\" (2):\\ndan\\neng\\n'");
        ShellScripts.Write(_tools.Path, "pdftoppm", "exit 0");
        var beforeRescan = await availability.GetAsync(CancellationToken.None);
        var afterRescan = await availability.RescanAsync(CancellationToken.None);

        Assert.False(beforeRescan.ConvertsOfficeFiles);
        Assert.True(afterRescan.ConvertsOfficeFiles);
        Assert.True(afterRescan.ReadsScans);
        Assert.Equal(afterRescan, availability.Known);
    }

    [Fact]
    public async Task GetAsync_TesseractWithoutDanish_DoesNotReadScans()
    {
        ShellScripts.Write(_tools.Path, "tesseract", "printf 'List of available languages in \"/x/\" (1):\\neng\\n'");
        ShellScripts.Write(_tools.Path, "pdftoppm", "exit 0");

        var tools = await new ToolAvailability(new ProgramLocator(_tools.Path)).GetAsync(CancellationToken.None);

        Assert.NotNull(tools.Tesseract);
        Assert.False(tools.TesseractHasDanish);
        Assert.False(tools.ReadsScans);
    }
}
