namespace Parley.Tests;

/// <summary>
/// Finds the shared reference and evaluation data (seeds, benchmarks) that sits beside the
/// repository as <c>../shared</c>, or where PARLEY_SHARED points. Tests that need it skip, saying
/// why, when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static string? RootOrNull => Root.Value;

    /// <summary>The full path of <paramref name="relative"/> under the shared folder; skips the test when absent.</summary>
    public static string Directory(string relative)
    {
        var path = Root.Value is { } root ? Path.Combine(root, relative) : null;
        if (path is null || !(System.IO.Directory.Exists(path) || System.IO.File.Exists(path)))
        {
            Assert.Skip($"shared data '{relative}' is absent (expected ../shared beside the repository, or PARLEY_SHARED)");
        }

        return path!;
    }

    public static string FilePath(string relative) => Directory(relative);

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_SHARED") is { Length: > 0 } configured)
        {
            return System.IO.Directory.Exists(configured) ? configured : null;
        }

        var repo = RepositoryRoot.Path;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(repo, "..", "shared"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }
}
