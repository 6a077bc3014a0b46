namespace Parley.Read;

/// <summary>A file found among the inputs, to be read by <see cref="ArticleReader"/>.</summary>
public sealed record InputFile(string Path) : ReadItem(Path, null);
