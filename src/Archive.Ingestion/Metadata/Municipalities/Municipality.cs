namespace Archive.Ingestion.Metadata.Municipalities;

/// <summary>A Danish municipality or region as the gazetteer knows it.</summary>
/// <param name="Name">Canonical official name, e.g. "Københavns Kommune" or "Region Sjælland".</param>
/// <param name="Region">The region it lies in; empty for a region itself.</param>
/// <param name="Variants">Other spellings matched as whole words in a text ("Kbh.", "Århus").</param>
/// <param name="Hosts">Its web hosts; a sub-domain of any of them counts too.</param>
internal sealed record Municipality(string Name, string Region, IReadOnlyList<string> Variants, IReadOnlyList<string> Hosts)
{
    public bool IsRegion => Region.Length == 0;

    /// <summary>The name without " Kommune" ("Holbæk", "Københavns", "Bornholms Regionskommune" → "Bornholms").</summary>
    public string Stem => Name.EndsWith(" Kommune", StringComparison.Ordinal)
        ? Name[..^" Kommune".Length]
        : Name.EndsWith(" Regionskommune", StringComparison.Ordinal) ? Name[..^" Regionskommune".Length] : Name;
}

/// <summary>Where a municipality is named in a text.</summary>
/// <param name="Municipality">The municipality named.</param>
/// <param name="Index">Character offset of the mention.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="IsFullName">True for "Holbæk Kommune"/"Region Sjælland"; false for a bare "Holbæk".</param>
internal sealed record MunicipalityMention(Municipality Municipality, int Index, int Length, bool IsFullName);
