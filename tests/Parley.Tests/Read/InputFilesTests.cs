using Parley.Read;

namespace Parley.Tests.Read;

public sealed class InputFilesTests
{
    [Fact]
    public void Folders_are_read_recursively_in_name_order_and_other_files_are_skipped()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a.html", "A");
        folder.Write("sub/c.jsonl.gz", "C");
        folder.Write("notes.md", "not an article");
        folder.Write(".hidden.txt", "hidden");

        var items = InputFiles.Expand([folder.Path]).ToList();
        Assert.Equal(["a.html", "b.txt", "notes.md", "c.jsonl.gz"], items.Select(i => Path.GetFileName(i.Origin)));
        Assert.Equal(ProblemKind.Skipped, Assert.IsType<InputProblem>(items[2]).Kind);
    }

    [Fact]
    public void A_missing_path_is_a_problem_not_an_exception()
    {
        var problem = Assert.IsType<InputProblem>(Assert.Single(InputFiles.Expand(["/no/such/place.txt"])));
        Assert.Equal("no such file or folder", problem.Reason);
        Assert.True(problem.Rejected);
    }

    [Fact]
    public void A_file_named_explicitly_in_another_format_is_rejected()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", "%PDF");
        Assert.StartsWith("unsupported file type", Assert.IsType<InputProblem>(Assert.Single(InputFiles.Expand([path]))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_permission_is_reported_and_the_rest_is_read()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Skip("running as root (or on Windows): folder permissions are not enforced, so denial cannot be produced");
        }
        else
        {
            DenyAndList();
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void DenyAndList()
    {
        using var folder = new TempFolder();
        folder.Write("ok/a.txt", "A");
        folder.Write("locked/b.txt", "B");
        var locked = Path.Combine(folder.Path, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var items = InputFiles.Expand([folder.Path]).ToList();
            Assert.Contains(items, i => i is InputProblem { Reason: "cannot list folder: permission denied" } p && p.Origin == locked);
            Assert.Contains(items, i => i is InputFile f && f.Path.EndsWith("a.txt", StringComparison.Ordinal));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
