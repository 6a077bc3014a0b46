namespace Parley.Read;

/// <summary>What reading an input yields: an article to process, or a problem with one input.</summary>
public abstract record ReadItem(string Origin, int? Line)
{
    /// <summary>The input's name for messages: the path, with ":line" for a JSONL line.</summary>
    public string Location => Line is { } line ? $"{Origin}:{line}" : Origin;
}
