using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Archive.Ingestion.Extraction.Tools;

/// <summary>One run of an external program: what to start, where, and within which limits.</summary>
/// <param name="ProgramPath">The program's full path, as <see cref="ProgramLocator"/> found it.</param>
/// <param name="Arguments">Passed to the program one by one, never through a shell, so no argument is ever split or expanded.</param>
/// <param name="WorkingDirectory">The folder the program runs in (and writes relative paths into).</param>
internal sealed record ProgramInvocation(string ProgramPath, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>The longest the program may run; then it and every process it started are killed. Default: 60 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most bytes kept of standard output, and again of standard error; the rest is read and dropped. Default: 1 MiB.</summary>
    public int MaxOutputBytes { get; init; } = 1024 * 1024;

    /// <summary>Variables set (or, with a null value, removed) in the program's environment, on top of this process's own.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}

/// <summary>How a run of an external program ended.</summary>
internal enum ProgramEnd
{
    /// <summary>The program exited on its own; <see cref="ProgramResult.ExitCode"/> says how.</summary>
    Exited,

    /// <summary>The program ran past its time limit; it and its children were killed.</summary>
    TimedOut,

    /// <summary>The program could not be started (missing, not executable, not a program).</summary>
    NotStarted,
}

/// <summary>What a run of an external program came to.</summary>
internal sealed record ProgramResult(ProgramEnd End, int ExitCode, string StandardOutput, string StandardError, bool OutputTruncated, TimeSpan Elapsed)
{
    public bool Succeeded => End == ProgramEnd.Exited && ExitCode == 0;

    /// <summary>
    /// One line that says how the run went wrong, for a failure message: "exited with code 1: …",
    /// "was killed by signal 11", "was stopped at its time limit, after 60 s", "could not be started: …".
    /// </summary>
    public string Describe(string programName)
    {
        var said = FirstLine(StandardError) ?? FirstLine(StandardOutput);
        return End switch
        {
            ProgramEnd.TimedOut => $"{programName} was stopped at its time limit, after {Elapsed.TotalSeconds:0} s",
            ProgramEnd.NotStarted => $"{programName} could not be started: {said}",
            // .NET reports a process ended by a signal as 128 + the signal's number.
            _ when ExitCode > 128 && !OperatingSystem.IsWindows() => $"{programName} was killed by signal {ExitCode - 128}",
            _ when ExitCode != 0 => said is null ? $"{programName} exited with code {ExitCode}" : $"{programName} exited with code {ExitCode}: {said}",
            _ => $"{programName} succeeded",
        };
    }

    private static string? FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line is null ? null : line.Length <= 200 ? line : line[..200] + "…";
    }
}

/// <summary>
/// Runs an external program safely: arguments as a list (no shell), its own working folder, standard input closed,
/// output captured up to a cap, and a time limit. On time-out or cancellation the program and every process it
/// started are killed, so a converter that hangs never holds a worker. A program that cannot start, crashes or fails
/// is a <see cref="ProgramResult"/>, never an exception; only the caller's cancellation throws.
/// </summary>
internal static class ExternalProgram
{
    /// <summary>How long to wait for the output pipes to close after the program ended: a grandchild that survived it may hold them open.</summary>
    private static readonly TimeSpan OutputDrainGrace = TimeSpan.FromSeconds(2);

    public static async Task<ProgramResult> RunAsync(ProgramInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        using var process = new Process { StartInfo = StartInfo(invocation) };
        var clock = Stopwatch.StartNew();
        try
        {
            if (!process.Start())
            {
                return new ProgramResult(ProgramEnd.NotStarted, -1, string.Empty, "the process did not start", false, clock.Elapsed);
            }
        }
        catch (Win32Exception exception)
        {
            return new ProgramResult(ProgramEnd.NotStarted, -1, string.Empty, exception.Message, false, clock.Elapsed);
        }

        process.StandardInput.Close();
        using var stopReading = new CancellationTokenSource();
        var output = CappedOutput.ReadAsync(process.StandardOutput.BaseStream, invocation.MaxOutputBytes, stopReading.Token);
        var error = CappedOutput.ReadAsync(process.StandardError.BaseStream, invocation.MaxOutputBytes, stopReading.Token);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(invocation.Timeout);
        var end = ProgramEnd.Exited;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            end = ProgramEnd.TimedOut;
        }

        stopReading.CancelAfter(OutputDrainGrace);
        var (outputText, outputCut) = await output;
        var (errorText, errorCut) = await error;
        cancellationToken.ThrowIfCancellationRequested();
        var exitCode = end == ProgramEnd.Exited ? process.ExitCode : -1;
        return new ProgramResult(end, exitCode, outputText, errorText, outputCut || errorCut, clock.Elapsed);
    }

    private static ProcessStartInfo StartInfo(ProgramInvocation invocation)
    {
        var start = new ProcessStartInfo(invocation.ProgramPath)
        {
            UseShellExecute = false,
            WorkingDirectory = invocation.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in invocation.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in invocation.Environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            // Reaps the killed process, so no zombie is left behind.
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the deadline and the kill.
        }
        catch (Win32Exception)
        {
            // A process of the tree ended while it was being killed.
        }
    }

    /// <summary>Reads a program's output to its end, keeping at most a cap of it, so a flood of output neither fills memory nor blocks the program.</summary>
    private static class CappedOutput
    {
        public static async Task<(string Text, bool Truncated)> ReadAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
        {
            var kept = new MemoryStream();
            var buffer = new byte[16 * 1024];
            var truncated = false;
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    var room = maxBytes - (int)kept.Length;
                    if (room > 0)
                    {
                        kept.Write(buffer, 0, Math.Min(room, read));
                    }

                    truncated |= read > room;
                }
            }
            catch (OperationCanceledException)
            {
                // A process that outlived the program still holds the pipe; what was read so far is the output.
            }
            catch (IOException)
            {
            }

            return (Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), truncated);
        }
    }
}
