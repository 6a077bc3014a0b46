namespace Parley.Model;

/// <summary>A person credited for an article ("Reporting by X in WASHINGTON"): name, role, place as written.</summary>
/// <param name="Role">"byline", "reporter", "additional_reporter", "writer", "editor" or "compiler".</param>
public sealed record Credit(string Name, string Role, string? Place = null);
