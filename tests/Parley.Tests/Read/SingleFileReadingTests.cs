using Parley.Read;

namespace Parley.Tests.Read;

public sealed class SingleFileReadingTests
{
    [Fact]
    public void A_file_over_the_limit_is_rejected_by_its_size_without_reading_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(100L * 1024 * 1024); // sparse: costs no disk, and is never read
        }

        var problem = Assert.IsType<InputProblem>(Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path))));
        Assert.Equal("100 MB is larger than 16 MB, the limit for one article (raise it with --max-size)", problem.Reason);
    }

    [Fact]
    public void A_gzip_bomb_is_stopped_at_the_limit()
    {
        using var folder = new TempFolder();
        var path = folder.File("bomb.txt.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.SmallestSize))
        {
            gzip.Write(new byte[3 * 1024 * 1024]);
        }

        var problem = Assert.IsType<InputProblem>(Assert.Single(new ArticleReader(new ReadOptions { MaxArticleBytes = 1024 * 1024 }).Read(new InputFile(path))));
        Assert.StartsWith("decompresses to more than 1 MB", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_file_cut_short_is_reported_not_stored_in_part()
    {
        using var folder = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"Sentence {i} about talks. "))));
        }

        var path = folder.WriteBytes("cut.txt.gz", buffer.ToArray()[..(int)(buffer.Length / 2)]);
        var item = Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path)));
        Assert.Contains("gzip", Assert.IsType<InputProblem>(item).Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_broken_gzip_file_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("broken.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0x00]);
        var problem = Assert.IsType<InputProblem>(Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path))));
        Assert.Contains("gzip", problem.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sidecar_metadata_applies_by_file_name()
    {
        using var folder = new TempFolder();
        var article = folder.Write("story.txt", "Headline here\n\nBody text.");
        var meta = folder.Write("meta.json", """{"story.txt": {"published": "2019-04-11", "source": "Wire", "language": "en"}}""");
        var (sidecar, error) = MetadataSidecar.Load(meta);
        Assert.Null(error);
        var candidate = Assert.IsType<ArticleCandidate>(Assert.Single(new ArticleReader(new ReadOptions { Sidecar = sidecar }).Read(new InputFile(article))));
        Assert.Equal((new DateOnly(2019, 4, 11), "Wire", "en"), (candidate.Published!.Value, candidate.Source, candidate.Language));
    }

    [Fact]
    public void A_sidecar_with_a_bad_date_is_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        var meta = folder.Write("meta.json", """{"a.txt": {"published": "last Tuesday"}}""");
        var (sidecar, error) = MetadataSidecar.Load(meta);
        Assert.Null(sidecar);
        Assert.EndsWith("'a.txt' has published 'last Tuesday', not a publication date (use YYYY-MM-DD)", error, StringComparison.Ordinal);
    }
}
