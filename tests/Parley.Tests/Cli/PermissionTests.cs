using System.Diagnostics;

namespace Parley.Tests.Cli;

/// <summary>
/// A folder Parley may not read. Root reads everything, so when the tests run as root the command
/// is run as the unprivileged user "nobody" (uid 65534) through setpriv.
/// </summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task A_folder_without_permission_is_named_and_the_rest_is_stored()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv"))
        {
            Assert.Skip("needs Linux, root and setpriv to run the command as an unprivileged user");
        }
        else if (!OthersCanRun(AppContext.BaseDirectory))
        {
            Assert.Skip("the test binaries lie in a folder other users cannot enter, so the command cannot run as 'nobody'");
        }
        else
        {
            await RunAsNobody();
        }
    }

    /// <summary>Whether every folder up to <paramref name="directory"/> lets other users through.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool OthersCanRun(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (!File.GetUnixFileMode(dir.FullName).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static async Task RunAsNobody()
    {
        using var folder = new TempFolder();
        folder.Write("in/ok/a.txt", "Envoys met in the capital on Monday to discuss the border dispute and the sanctions.");
        folder.Write("in/locked/b.txt", "Envoys met in the capital on Tuesday to discuss the border dispute and the sanctions.");
        var everyone = (UnixFileMode)0b111_111_111;
        foreach (var path in new[] { folder.Path, folder.File("in"), folder.File("in/ok"), folder.File("in/ok/a.txt") })
        {
            File.SetUnixFileMode(path, everyone);
        }

        File.SetUnixFileMode(folder.File("in/locked"), UnixFileMode.None);

        var start = new ProcessStartInfo("/usr/bin/setpriv")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "Parley.Cli.dll"), "ingest", "in", "--db", "p.db" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = folder.Path;
        start.Environment["DOTNET_CLI_HOME"] = folder.Path;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        File.SetUnixFileMode(folder.File("in/locked"), everyone);

        var errors = await stderr;
        Assert.True(process.ExitCode == 1, errors);
        Assert.Contains("rejected in/locked: cannot list folder: permission denied", errors, StringComparison.Ordinal);
        Assert.Matches(@"│ 1\s+│ 1\s+│", errors);
    }
}
