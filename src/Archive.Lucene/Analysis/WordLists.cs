using System.Reflection;

namespace Archive.Lucene.Analysis;

/// <summary>The word lists built into the library beside the analyzer (Analysis/*.tsv, *.txt).</summary>
internal static class WordLists
{
    public static string Read(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"Archive.Lucene.Analysis.{name}")
            ?? throw new InvalidOperationException($"The word list {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
