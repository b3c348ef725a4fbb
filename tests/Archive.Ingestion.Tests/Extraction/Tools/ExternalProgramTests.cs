using Archive.Ingestion.Extraction.Tools;

namespace Archive.Ingestion.Tests.Extraction.Tools;

/// <summary>Running external programs: real processes started from small shell scripts, in a temporary folder.</summary>
public sealed class ExternalProgramTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_ArgumentsWithSpacesAndShellCharacters_ReachTheProgramUnchanged()
    {
        var program = ShellScripts.Write(_folder.Path, "echo-arguments", "printf '%s\\n' \"$@\"");
        string[] arguments = ["to ord", "$HOME", "; rm -rf /", "`date`", "æøå"];

        var result = await RunAsync(program, arguments);

        Assert.True(result.Succeeded, result.Describe("echo-arguments"));
        Assert.Equal(arguments, result.StandardOutput.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task RunAsync_WorkingFolder_IsWhereTheProgramRuns()
    {
        var work = Directory.CreateDirectory(_folder.Combine("arbejde")).FullName;
        var program = ShellScripts.Write(_folder.Path, "where", "pwd");

        var result = await ExternalProgram.RunAsync(new ProgramInvocation(program, [], work), CancellationToken.None);

        Assert.Equal(work, result.StandardOutput.Trim());
    }

    [Fact]
    public async Task RunAsync_ProgramThatFails_ReportsItsExitCodeAndWhatItSaid()
    {
        var program = ShellScripts.Write(_folder.Path, "fails", "echo 'kan ikke læse filen' >&2\nexit 3");

        var result = await RunAsync(program, []);

        Assert.Equal(ProgramEnd.Exited, result.End);
        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal("fails exited with code 3: kan ikke læse filen", result.Describe("fails"));
    }

    [Fact]
    public async Task RunAsync_ProgramKilledBySignal_SaysWhichSignal()
    {
        var program = ShellScripts.Write(_folder.Path, "crashes", "kill -SEGV $$");

        var result = await RunAsync(program, []);

        Assert.False(result.Succeeded);
        Assert.Equal("crashes was killed by signal 11", result.Describe("crashes"));
    }

    [Fact]
    public async Task RunAsync_ProgramThatHangs_TimesOutAndItsChildrenAreKilled()
    {
        var pidFile = _folder.Combine("child.pid");
        var program = ShellScripts.Write(_folder.Path, "hangs", $"sleep 300 &\necho $! > '{pidFile}'\nwait");

        var result = await ExternalProgram.RunAsync(
            new ProgramInvocation(program, [], _folder.Path) { Timeout = TimeSpan.FromSeconds(1) }, CancellationToken.None);

        Assert.Equal(ProgramEnd.TimedOut, result.End);
        Assert.False(result.Succeeded);
        Assert.StartsWith("hangs was stopped at its time limit", result.Describe("hangs"), StringComparison.Ordinal);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await Eventually.WaitUntilAsync(() => Task.FromResult(!ShellScripts.IsRunning(child)), TimeSpan.FromSeconds(10)), "the program's child still runs");
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ThrowsAndKillsTheProgram()
    {
        var pidFile = _folder.Combine("program.pid");
        var program = ShellScripts.Write(_folder.Path, "waits", $"echo $$ > '{pidFile}'\nexec sleep 300");
        using var cancellation = new CancellationTokenSource();
        var run = ExternalProgram.RunAsync(new ProgramInvocation(program, [], _folder.Path), cancellation.Token);
        Assert.True(await Eventually.WaitUntilAsync(() => Task.FromResult(File.Exists(pidFile) && File.ReadAllText(pidFile).EndsWith('\n')), TimeSpan.FromSeconds(10)));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await Eventually.WaitUntilAsync(() => Task.FromResult(!ShellScripts.IsRunning(pid)), TimeSpan.FromSeconds(10)), "the program still runs");
    }

    [Fact]
    public async Task RunAsync_FloodOfOutput_KeepsOnlyTheCapAndLetsTheProgramFinish()
    {
        var program = ShellScripts.Write(_folder.Path, "floods", "head -c 5000000 /dev/zero | tr '\\0' x");

        var result = await ExternalProgram.RunAsync(
            new ProgramInvocation(program, [], _folder.Path) { MaxOutputBytes = 1000 }, CancellationToken.None);

        Assert.True(result.Succeeded, result.Describe("floods"));
        Assert.True(result.OutputTruncated);
        Assert.Equal(new string('x', 1000), result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_FileThatIsNoProgram_IsNotStarted()
    {
        var notExecutable = _folder.Combine("notes.txt");
        await File.WriteAllTextAsync(notExecutable, "ikke et program");

        var result = await RunAsync(notExecutable, []);

        Assert.Equal(ProgramEnd.NotStarted, result.End);
        Assert.StartsWith("notes could not be started: ", result.Describe("notes"), StringComparison.Ordinal);
    }

    private Task<ProgramResult> RunAsync(string program, IReadOnlyList<string> arguments) =>
        ExternalProgram.RunAsync(new ProgramInvocation(program, arguments, _folder.Path), CancellationToken.None);
}
