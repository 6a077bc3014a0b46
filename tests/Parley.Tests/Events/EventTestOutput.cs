using System.Text;

namespace Parley.Tests.Events;

/// <summary>Test output that is also saved to the file an environment variable names, for reading a whole evaluation.</summary>
internal sealed class EventTestOutput(ITestOutputHelper test, string variable)
{
    private readonly StringBuilder _all = new();

    public void WriteLine(string line)
    {
        test.WriteLine(line);
        _all.AppendLine(line);
    }

    public void Save()
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path)
        {
            File.WriteAllText(path, _all.ToString());
        }
    }
}
