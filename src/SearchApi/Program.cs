using Archive.Indexer;
using Archive.Indexer.Watching;

// The search API's host. Until the search endpoints land it runs the ingestion worker over the inbox
// and reports the state of the index.
// Settings come from beside the binary; Archive paths stay relative to the directory the archive is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddArchiveIngestion(builder.Configuration);

var app = builder.Build();
app.MapGet("/api/health", (InboxSynchronizer archive) => Results.Ok(new
{
    status = "ok",
    documents = archive.Ingestor.DocumentCount,
    lastIngestion = archive.Ingestor.LastIngestion(),
    failedFiles = archive.Ingestor.Failures.Count,
}));
app.Run();
