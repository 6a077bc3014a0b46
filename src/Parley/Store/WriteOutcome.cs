namespace Parley.Store;

/// <summary>What storing one document did.</summary>
public enum WriteOutcome
{
    Stored,

    /// <summary>A document with the same id was already stored (or came earlier in the same run).</summary>
    AlreadyStored,
}
