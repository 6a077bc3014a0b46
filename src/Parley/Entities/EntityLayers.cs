using Parley.Model;

namespace Parley.Entities;

public static class EntityLayers
{
    /// <summary>
    /// What the mention finder saw, before coreference. Kept in memory only: the stored layer is
    /// <see cref="Mentions"/>, where coreferent mentions share an entity and carry its actor.
    /// </summary>
    public static readonly LayerKey<MentionCandidate> MentionCandidates = new("mention_candidates", stored: false);

    public static readonly LayerKey<Mention> Mentions = new("mentions");
}
