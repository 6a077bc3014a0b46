using Parley.Model;

namespace Parley.Entities;

public static class EntityLayers
{
    public static readonly LayerKey<Mention> Mentions = new("mentions");
}
