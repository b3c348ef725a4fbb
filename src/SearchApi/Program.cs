using Archive.SearchApi;
using Archive.SearchApi.WebPage;

// Settings come from beside the binary; Archive paths stay relative to the directory the archive is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddArchiveSearchApi();

var app = builder.Build();
app.MapArchiveSearchApi();
app.MapArchiveWebPage();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
