using Parley.Entities;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Tells fighting from unconventional violence when the verb alone does not ("killed", "attacked", "shot"):
/// an irregular armed group acting on people who bear no arms uses unconventional violence (CAMEO 180),
/// not conventional force (<c>events/violence-roles.tsv</c>). Immutable once loaded.
/// </summary>
public sealed class UnconventionalViolence
{
    /// <summary>CAMEO 180: use unconventional violence, not specified below.</summary>
    public const string UnconventionalCode = "180";

    /// <summary>Length of the role part that names the role (LBNUAFHZB's role is UAF).</summary>
    private const int RoleLength = 3;

    private static readonly Lazy<UnconventionalViolence> DefaultInstance = new(() => new UnconventionalViolence("events/violence-roles.tsv"));

    /// <summary>The codes that name force without saying how: 190 (not specified) and 193 (small arms, "shot dead").</summary>
    private static readonly HashSet<string> GenericForce = new(["190", "193"], StringComparer.Ordinal);

    private readonly HashSet<string> _irregular = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unarmed = new(StringComparer.Ordinal);

    private UnconventionalViolence(string path)
    {
        var table = TsvTable.Read(path);
        foreach (var row in table.Rows)
        {
            (table.Cell(row, "side") == "irregular" ? _irregular : _unarmed).Add(table.Cell(row, "role"));
        }
    }

    public static UnconventionalViolence Default => DefaultInstance.Value;

    /// <summary>180 when <paramref name="code"/> is generic force used by irregulars on the unarmed; otherwise <paramref name="code"/>.</summary>
    public string Recode(string code, Actor source, Actor? target) =>
        GenericForce.Contains(code) && Has(_irregular, source) && target is not null && Has(_unarmed, target) ? UnconventionalCode : code;

    /// <summary>Whether <paramref name="actor"/> is an irregular armed group (militia, rebels, insurgents).</summary>
    public bool IsIrregular(Actor actor) => Has(_irregular, actor);

    private static bool Has(HashSet<string> roles, Actor actor) =>
        actor.Role is { Length: >= RoleLength } role && roles.Contains(role[..RoleLength]);
}
