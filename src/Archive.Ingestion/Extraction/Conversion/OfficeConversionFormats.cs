namespace Archive.Ingestion.Extraction.Conversion;

/// <summary>The parts of LibreOffice that open a format; Debian packages each one apart.</summary>
[Flags]
internal enum LibreOfficeModule
{
    None = 0,
    Writer = 1,
    Calc = 2,
    Impress = 4,
    All = Writer | Calc | Impress,
}

/// <summary>A format the archive reads by having LibreOffice convert it to PDF.</summary>
/// <param name="Extension">The name the file is given for LibreOffice, which picks its import filter by it as well as by the bytes.</param>
/// <param name="Name">The format's name in failure messages.</param>
internal sealed record ConvertibleFormat(FileFormat Format, string Extension, string Name, LibreOfficeModule Module)
{
    /// <summary>The Debian package that installs what opens the format, headless (no desktop).</summary>
    public string Package => Module switch
    {
        LibreOfficeModule.Calc => "libreoffice-calc-nogui",
        LibreOfficeModule.Impress => "libreoffice-impress-nogui",
        _ => Tools.InstalledTools.LibreOfficePackages,
    };
}

/// <summary>Every format read through LibreOffice: the one place that says how each is converted.</summary>
internal static class OfficeConversionFormats
{
    public static IReadOnlyList<ConvertibleFormat> All { get; } =
    [
        new(FileFormat.LegacyWord, ".doc", "legacy Word 97-2003 document (.doc)", LibreOfficeModule.Writer),
        new(FileFormat.Rtf, ".rtf", "RTF document", LibreOfficeModule.Writer),
        new(FileFormat.WordPerfect, ".wpd", "WordPerfect document", LibreOfficeModule.Writer),
        new(FileFormat.LegacyExcel, ".xls", "legacy Excel 97-2003 workbook (.xls)", LibreOfficeModule.Calc),
        new(FileFormat.LegacyPowerPoint, ".ppt", "legacy PowerPoint 97-2003 presentation (.ppt)", LibreOfficeModule.Impress),
        new(FileFormat.OpenDocumentSpreadsheet, ".ods", "OpenDocument spreadsheet", LibreOfficeModule.Calc),
        new(FileFormat.OpenDocumentPresentation, ".odp", "OpenDocument presentation", LibreOfficeModule.Impress),
    ];

    public static ConvertibleFormat Of(FileFormat format) => All.Single(convertible => convertible.Format == format);
}
