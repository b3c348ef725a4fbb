using Archive.Relevance.CommandLine;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await BenchCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
