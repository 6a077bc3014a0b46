namespace Parley.Web;

/// <summary>Where the server reads from and listens. Loopback only unless the user asks otherwise.</summary>
public sealed record ServerOptions(string DatabasePath, IReadOnlyList<string> Urls)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
}
