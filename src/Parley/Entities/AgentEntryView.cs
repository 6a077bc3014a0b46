using Parley.Knowledge;

namespace Parley.Entities;

/// <summary>
/// The title words read so far in a titled phrase: the role of the last agent word ("special
/// envoy" → GOV; a specific role is not overridden by GOV: "military officials" → MIL), the office of the last word that names one, and whether the phrase is plural
/// or a courtesy title ("Mr."), and the organization code of a word that names an organization's people whatever their
/// country ("peacekeepers" IGOPKO), and the last agent word itself ("captain").
/// </summary>
internal readonly record struct AgentEntryView(bool Found, string? Role, string? Office, bool Plural, bool Honorific, string? Organization = null, string? Word = null)
{
    public AgentEntryView With(AgentEntry agent) =>
        new(true, !agent.IsOrganization && agent.Role.Length > 0 && (Role is null or "GOV") ? agent.Role : Role, agent.Office ?? Office, agent.IsPlural, Honorific,
            agent.IsOrganization ? agent.Role : Organization, agent.Phrase);
}
