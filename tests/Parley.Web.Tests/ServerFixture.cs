using Microsoft.AspNetCore.Builder;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Read;

namespace Parley.Web.Tests;

/// <summary>
/// A store ingested from the repository's examples and a server over it on a free loopback port,
/// shared by the tests of a class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-web-" + Guid.NewGuid().ToString("n"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "examples.db");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var examples = Path.Combine(RepositoryRoot(), "examples");
        var (sidecar, _) = MetadataSidecar.Load(Path.Combine(examples, "metadata.json"));
        var options = new IngestOptions(DatabasePath, new ReadOptions { Sidecar = sidecar }, DefaultPipeline.Build());
        var summary = await new IngestRunner(options).RunAsync([examples]);
        Assert.Empty(summary.Rejected);

        _app = ParleyServer.Build(new ServerOptions(DatabasePath, ["http://127.0.0.1:0"]));
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
