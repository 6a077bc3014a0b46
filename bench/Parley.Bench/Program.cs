using System.Diagnostics;
using System.Globalization;
using Parley.Bench;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Read;

// Ingest throughput and memory: reads a corpus of plain-text articles (by default the BBC news
// corpus in the shared data beside the repository) as it is, then scaled up, into a fresh SQLite
// store each time, and prints documents/s, MB/s and peak memory. Each scale runs in its own
// process so peak memory is that run's alone.
//   dotnet run -c Release --project bench/Parley.Bench -- [CORPUS_DIR] [--scales 1,10] [--workers N]
// With --analysis it times the analysis stages alone, one thread, stage by stage (no reading, no store).
// With --extraction [DIR] it measures HTML extraction instead (see ExtractionBench and bench/extraction.sh).
var arguments = args.ToList();
if (arguments.Count >= 1 && arguments[0] == "--extraction")
{
    var benchmark = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "extraction-benchmark"));
    return ExtractionBench.Run(arguments.Skip(1).ToList(), benchmark);
}

if (arguments.Count >= 2 && arguments[0] == "--one")
{
    return await RunOne(arguments[1], int.Parse(arguments[2], CultureInfo.InvariantCulture));
}

var corpus = arguments.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !arguments[i - 1].StartsWith("--", StringComparison.Ordinal))).FirstOrDefault()
    ?? Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "corpora", "bbc"));
var scales = Option("--scales", "1,10").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var workers = int.Parse(Option("--workers", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"no corpus folder at {corpus}: pass a folder of .txt articles");
    return 2;
}

if (arguments.Contains("--analysis"))
{
    return AnalysisBench.Run(corpus);
}

var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
var scratch = Directory.CreateTempSubdirectory("parley-bench-").FullName;
Console.WriteLine($"corpus: {corpus} ({files.Length:N0} articles), workers: {workers}, cores: {Environment.ProcessorCount}");
Console.WriteLine();
Console.WriteLine("| scale | articles | stored | input MB | seconds | docs/s | MB/s | peak RSS MB | store MB |");
Console.WriteLine("|------:|---------:|-------:|---------:|--------:|-------:|-----:|------------:|---------:|");
try
{
    foreach (var scale in scales)
    {
        var (path, articles, bytes) = CorpusScaler.Write(files, scale, scratch);
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (self.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(CorpusScaler).Assembly.Location);
        }

        foreach (var arg in new[] { "--one", path, workers.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var line = (await child.StandardOutput.ReadToEndAsync()).Trim();
        await child.WaitForExitAsync();
        var parts = line.Split(' ');
        var seconds = double.Parse(parts[0], CultureInfo.InvariantCulture);
        var stored = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var peak = long.Parse(parts[2], CultureInfo.InvariantCulture);
        var store = long.Parse(parts[3], CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {scale}x | {articles:N0} | {stored:N0} | {bytes / 1048576.0:N1} | {seconds:N2} | {articles / seconds:N0} | {bytes / 1048576.0 / seconds:N2} | {peak / 1048576.0:N0} | {store / 1048576.0:N0} |"));
        File.Delete(path);
    }
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

return 0;

string Option(string name, string fallback)
{
    var index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : fallback;
}

static async Task<int> RunOne(string input, int workers)
{
    var database = Path.ChangeExtension(input, ".db");
    var options = new IngestOptions(database, new ReadOptions(), DefaultPipeline.Build()) { Workers = workers };
    var clock = Stopwatch.StartNew();
    var summary = await new IngestRunner(options).RunAsync([input]);
    clock.Stop();
    var peak = PeakResidentBytes();
    var store = new FileInfo(database).Length + (File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length : 0);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds} {summary.Stored} {peak} {store}"));
    return summary.Rejected.Count == 0 ? 0 : 1;
}

// VmHWM is the peak resident set of this process (Linux); elsewhere fall back to the peak working set.
static long PeakResidentBytes()
{
    const string status = "/proc/self/status";
    if (File.Exists(status))
    {
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
    }

    return Process.GetCurrentProcess().PeakWorkingSet64;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
