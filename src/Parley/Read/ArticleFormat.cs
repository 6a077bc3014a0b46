namespace Parley.Read;

/// <summary>How an article's content is written.</summary>
public enum ArticleFormat
{
    Text,
    Html,
}
