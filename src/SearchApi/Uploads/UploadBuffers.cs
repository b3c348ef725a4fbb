namespace Archive.SearchApi.Uploads;

/// <summary>
/// Where ASP.NET Core buffers a large form on disk while it is read (<c>ASPNETCORE_TEMP</c>): a folder of the
/// archive's own, so that what a process killed mid-upload left there can be removed at the next start without
/// touching other programs' temporary files. An operator's own <c>ASPNETCORE_TEMP</c> is left as it is.
/// </summary>
public static class UploadBuffers
{
    public const string VariableName = "ASPNETCORE_TEMP";

    /// <summary>A buffer older than this belongs to no upload still under way.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(10);

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "archive-upload-buffers");

    /// <summary>Points form buffering at <see cref="Folder"/> and removes its leftovers; returns how many.</summary>
    public static int Prepare()
    {
        var chosen = Environment.GetEnvironmentVariable(VariableName);
        if (!string.IsNullOrEmpty(chosen) && chosen != Folder)
        {
            return 0;
        }

        Directory.CreateDirectory(Folder);
        var removed = 0;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            try
            {
                if (DateTime.UtcNow - file.LastWriteTimeUtc > LeftoverAge)
                {
                    file.Delete();
                    removed++;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // In use or not ours; the next start tries again.
            }
        }

        Environment.SetEnvironmentVariable(VariableName, Folder);
        return removed;
    }
}
