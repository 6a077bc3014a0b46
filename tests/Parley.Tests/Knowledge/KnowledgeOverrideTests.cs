using Parley.Knowledge;

namespace Parley.Tests.Knowledge;

/// <summary>A user's knowledge files are merged over the embedded ones by key. Not parallel: the override folder is global.</summary>
[Collection(nameof(KnowledgeOverrideTests))]
public sealed class KnowledgeOverrideTests
{
    [Fact]
    public void A_users_row_replaces_the_embedded_row_with_its_key_and_new_rows_are_added()
    {
        using var folder = new TempFolder();
        _ = KnowledgeBase.Default; // loaded before the override is set, so parallel tests keep the embedded knowledge
        var embedded = KnowledgeBase.Load();
        var embeddedMedia = embedded.Organizations.Count;
        folder.Write("knowledge/media.tsv", "code\tname\taliases\tcountry\tstate_owned\n"
            + "PRKMED\tArirang-Meari\t\tPRK\tyes\n"
            + "QATMEDX\tAl Jazeera\t\tQAT\tno\n");
        DataFiles.OverrideDirectory = folder.Path;
        try
        {
            var merged = KnowledgeBase.Load();
            Assert.Equal(embeddedMedia + 1, merged.Organizations.Count);
            Assert.Contains(merged.Organizations, o => o.Name == "Arirang-Meari" && o.Code == "PRKMED");
            Assert.Single(merged.Organizations, o => o.Name == "Al Jazeera");
            Assert.Equal("QATMEDX", merged.Organizations.Single(o => o.Name == "Al Jazeera").Code);
            Assert.Equal(embedded.Countries.Count, merged.Countries.Count);
        }
        finally
        {
            DataFiles.OverrideDirectory = null;
        }
    }
}
