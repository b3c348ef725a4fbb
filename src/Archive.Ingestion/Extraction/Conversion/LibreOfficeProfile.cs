namespace Archive.Ingestion.Extraction.Conversion;

/// <summary>
/// The settings a fresh LibreOffice profile starts with, written before each conversion into a profile of its own
/// (<c>-env:UserInstallation</c>), so no document ever meets the operator's own LibreOffice settings.
/// </summary>
internal static class LibreOfficeProfile
{
    /// <summary>
    /// Macros never run: <c>DisableMacrosExecution</c> turns off every macro, signed or not, from any location, and
    /// <c>MacroSecurityLevel</c> 3 ("very high": only macros from trusted folders, and the profile names none) holds
    /// even where a LibreOffice version ignores the first.
    /// </summary>
    private const string Settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
        <item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
        </oor:items>
        """;

    /// <summary>Creates the profile under <paramref name="profileFolder"/>; returns the <c>-env:UserInstallation=…</c> argument that points LibreOffice at it.</summary>
    public static string Create(string profileFolder)
    {
        var user = Directory.CreateDirectory(Path.Combine(profileFolder, "user"));
        File.WriteAllText(Path.Combine(user.FullName, "registrymodifications.xcu"), Settings);
        return "-env:UserInstallation=" + new Uri(Path.GetFullPath(profileFolder)).AbsoluteUri;
    }
}
