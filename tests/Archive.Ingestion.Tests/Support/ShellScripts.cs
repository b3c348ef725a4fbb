namespace Archive.Ingestion.Tests.Support;

/// <summary>Small executable shell scripts that stand in for an external program: one that hangs, crashes or floods its output.</summary>
internal static class ShellScripts
{
    /// <summary>Writes <paramref name="body"/> as an executable /bin/sh script named <paramref name="name"/> into <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder, string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>Whether the process with <paramref name="pid"/> still runs (a zombie awaiting its parent counts as ended).</summary>
    public static bool IsRunning(int pid)
    {
        var status = $"/proc/{pid}/status";
        try
        {
            return File.Exists(status) && !File.ReadAllLines(status).Any(line => line.StartsWith("State:", StringComparison.Ordinal) && line.Contains("zombie", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
