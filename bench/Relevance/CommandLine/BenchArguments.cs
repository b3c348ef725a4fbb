using Archive.Relevance.Systems;

namespace Archive.Relevance.CommandLine;

/// <summary>The command line: <c>evaluate</c> or <c>pool</c>, with the systems, the shared folder and the options.</summary>
public sealed record BenchArguments(string Command, IReadOnlyList<string> Systems, string? SharedDirectory, string? OutputPath, bool PerQuery, IReadOnlyList<string> Shown)
{
    public const string Evaluate = "evaluate";
    public const string Pool = "pool";

    public const string Usage = """
        usage: Relevance evaluate [--systems standard,danish,archive,recoll] [--shared <folder>] [--per-query] [--show q01,q02]
               Relevance pool --out <pool.tsv> [--systems …] [--shared <folder>]

          evaluate   nDCG@10, MRR, Recall@20 and unjudged counts per system, as markdown
          pool       every system's top 20 per query that is not judged yet, for judges to read
          --shared   the folder holding corpus-dk (default: ../shared beside the repository)
          --show     each system's top 10 for these queries, with the grade of every document (- = unjudged)
        """;

    public static (BenchArguments? Arguments, string? Problem) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not (Evaluate or Pool))
        {
            return (null, "the first argument must be 'evaluate' or 'pool'");
        }

        IReadOnlyList<string> systems = RankingSystems.All;
        string? shared = null, output = null;
        var perQuery = false;
        IReadOnlyList<string> shown = [];
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--systems" when i + 1 < args.Count:
                    systems = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var unknown = systems.FirstOrDefault(system => !RankingSystems.All.Contains(system));
                    if (unknown is not null)
                    {
                        return (null, $"unknown system '{unknown}'; known: {string.Join(", ", RankingSystems.All)}");
                    }

                    break;
                case "--shared" when i + 1 < args.Count:
                    shared = args[++i];
                    break;
                case "--out" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                case "--show" when i + 1 < args.Count:
                    shown = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--per-query":
                    perQuery = true;
                    break;
                default:
                    return (null, $"unknown or incomplete option '{args[i]}'");
            }
        }

        if (args[0] == Pool && output is null)
        {
            return (null, "pool needs --out <file>");
        }

        return (new BenchArguments(args[0], systems.Distinct().ToList(), shared, output, perQuery, shown), null);
    }
}
