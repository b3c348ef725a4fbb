using Archive.Ingestion;
using Archive.Indexer.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

if (args is ["ingest", .. var ingestArgs])
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        // Ctrl+C stops the run; batches committed before it stay, and the next run continues from there.
        e.Cancel = true;
        cancel.Cancel();
    };
    try
    {
        return await IngestCommand.RunAsync(ingestArgs, configuration, Console.Out, Console.Error, cancel.Token);
    }
    catch (OperationCanceledException)
    {
        await Console.Error.WriteLineAsync("Interrupted; every batch committed before stays in the index, and the next run picks up the rest.");
        return 130;
    }
}

if (args is ["--help" or "-h" or "help", ..])
{
    Console.WriteLine(IngestArguments.Usage);
    return 0;
}

if (args is [var first, ..] && !first.StartsWith('-'))
{
    await Console.Error.WriteLineAsync($"error: unknown command '{first}'\n\n{IngestArguments.Usage}");
    return 2;
}

// Settings come from beside the binary; Archive paths stay relative to the directory the worker is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddArchiveIngestion(builder.Configuration);
builder.Services.AddHostedService(provider => provider.GetRequiredService<ArchiveIngestion>());
try
{
    await builder.Build().RunAsync();
}
catch (Exception exception) when (exception is IngestionUnavailableException or OptionsValidationException)
{
    // A bad setting names its key; a missing inbox or a held index says what to do. No stack trace for either.
    await Console.Error.WriteLineAsync($"error: {exception.Message}");
    return 1;
}

return 0;
