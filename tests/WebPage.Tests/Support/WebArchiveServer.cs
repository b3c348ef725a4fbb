using Archive.SearchApi.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.WebPage.Tests.Support;

/// <summary>
/// The real archive (Program) on a real Kestrel port over a real inbox and index, ingesting as in production:
/// a browser needs an address it can reach, which the in-memory test server does not give.
/// </summary>
public sealed class WebArchiveServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private WebArchiveServer(WebApplicationFactory<Program> factory, Uri address)
    {
        _factory = factory;
        Address = address;
    }

    /// <summary>Where the archive listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<WebArchiveServer> StartAsync(string inbox, string index)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Port 0: the system picks a free port, so parallel runs and a running archive never collide.
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("Archive:InboxPath", inbox);
            builder.UseSetting("Archive:IndexPath", index);
            builder.UseSetting("Archive:StabilityDelay", "00:00:00.200");
            builder.UseSetting("Archive:SearchRefreshInterval", "00:00:00.100");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new WebArchiveServer(factory, new Uri(address.TrimEnd('/') + "/"));
        await factory.Services.GetRequiredService<IngestionHost>().InitialScanCompleted.WaitAsync(TimeSpan.FromMinutes(3));
        factory.Services.GetRequiredService<ArchiveIndex>().Refresh();
        return server;
    }

    public string Url(string pathAndQuery) => new Uri(Address, pathAndQuery).AbsoluteUri;

    public void Dispose() => _factory.Dispose();
}
