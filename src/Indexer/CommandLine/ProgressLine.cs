using System.Diagnostics;
using Archive.Ingestion.Outcomes;

namespace Archive.Indexer.CommandLine;

/// <summary>
/// Shows how far a long ingestion has come on standard error: one line rewritten in place on a terminal,
/// a new line every few seconds when the output goes to a log. While documents wait for OCR, the line says how many,
/// and once the files are done it follows the OCR queue.
/// </summary>
/// <param name="ocrWaiting">How many documents wait for OCR now.</param>
public sealed class ProgressLine(TextWriter output, bool interactive, int total, Func<int>? ocrWaiting = null)
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _lastShown;
    private int _done;
    private int _failed;
    private int _ocrRead;
    private bool _shown;

    public void Report(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            if (outcome.Status is FileStatus.Indexed or FileStatus.Failed)
            {
                _done++;
            }

            if (outcome.Status == FileStatus.Failed)
            {
                _failed++;
            }

            var interval = interactive ? TerminalInterval : LogInterval;
            if (_elapsed.Elapsed - _lastShown >= interval && _elapsed.Elapsed >= TimeSpan.FromSeconds(1))
            {
                Show(outcome.Path);
            }
        }
    }

    /// <summary>Takes note of a document read by OCR (after the files).</summary>
    public void ReportOcr(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            _ocrRead++;
            if (outcome.Status == FileStatus.Failed)
            {
                _failed++;
            }

            // OCR takes seconds a page: every document read is worth a line.
            Show(outcome.Path);
        }
    }

    /// <summary>Ends the progress line so that the summary starts on a fresh line.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_shown && interactive)
            {
                output.WriteLine();
            }
        }
    }

    private void Show(string path)
    {
        _lastShown = _elapsed.Elapsed;
        _shown = true;
        var seconds = Math.Max(_elapsed.Elapsed.TotalSeconds, 0.001);
        var percent = total == 0 ? 100 : 100 * _done / total;
        var waiting = ocrWaiting?.Invoke() ?? 0;
        var ocr = waiting > 0 || _ocrRead > 0 ? $"  OCR {_ocrRead} read, {waiting} waiting" : string.Empty;
        var line = $"[{_done}/{total}] {percent,3}%  {_done / seconds:0.0} files/s  {_failed} failed{ocr}  {Shorten(path, 50)}";
        if (interactive)
        {
            // Padding wipes the rest of a longer previous line.
            output.Write("\r" + line.PadRight(TerminalWidth() - 1));
        }
        else
        {
            output.WriteLine(line);
        }
    }

    private static string Shorten(string path, int length) => path.Length <= length ? path : "…" + path[^(length - 1)..];

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth, 160) : 100;
        }
        catch (IOException)
        {
            return 100;
        }
    }
}
