namespace Parley.Read;

/// <summary>
/// Expands the paths a user gives into the files to read: files as named, folders recursively in
/// name order (so runs are repeatable). Paths that do not exist and folders that cannot be listed
/// are reported; files of other formats inside folders are reported as skipped.
/// </summary>
public static class InputFiles
{
    public static IEnumerable<ReadItem> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return InputFormats.Classify(path) is null
                    ? new InputProblem(path, null, $"unsupported file type; Parley reads {InputFormats.Supported}")
                    : new InputFile(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var item in Walk(path))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new InputProblem(path, null, "no such file or folder");
            }
        }
    }

    private static IEnumerable<ReadItem> Walk(string folder)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return [new InputProblem(folder, null, $"cannot list folder: {Describe(e)}")];
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        return WalkListed(files, folders);
    }

    private static IEnumerable<ReadItem> WalkListed(string[] files, string[] folders)
    {
        foreach (var file in files)
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            yield return InputFormats.Classify(file) is null
                ? new InputProblem(file, null, "not an article format", ProblemKind.Skipped)
                : new InputFile(file);
        }

        foreach (var sub in folders.Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            foreach (var item in Walk(sub))
            {
                yield return item;
            }
        }
    }

    internal static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        _ => e.Message,
    };
}
