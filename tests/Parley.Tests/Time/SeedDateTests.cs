using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>SEEDS.md §3: the dates of the two seed articles, normalized against their publication dates.</summary>
public sealed class SeedDateTests
{
    private static readonly TimexTagger Tagger = new();

    [Theory]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "Wednesday", "2019-02-20", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "Tuesday", "2019-02-19", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "Feb. 27-28", "2019-02-27", "2019-02-28")]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "June", "2018-06", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "September", "2018-09", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "this month", "2019-02", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "2017", "2017", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "Feb. 25", "2019-02-25", null)]
    [InlineData("003_e7eb2515b5ec6a1b.txt", "2019-02-20", "1950-53", "1950", "1953")]
    [InlineData("000_c089a074e40e95b7.txt", "2019-04-11", "Thursday", "2019-04-11", null)]
    [InlineData("000_c089a074e40e95b7.txt", "2019-04-11", "Wednesday", "2019-04-10", null)]
    [InlineData("000_c089a074e40e95b7.txt", "2019-04-11", "March 5", "2019-03-05", null)]
    public void SeedExpressionHasItsValue(string file, string published, string expression, string value, string? endValue)
    {
        var path = Path.Combine(SharedData.Directory("seeds"), file);
        var text = File.ReadAllText(path);
        var timexes = Tagger.Tag(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        var found = timexes.Where(t => t.Text == expression).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, t =>
        {
            Assert.Equal(value, t.Value);
            Assert.Equal(endValue, t.EndValue);
            Assert.True(t.Resolved);
        });
    }

    [Fact]
    public void WithoutPublicationDateRelativeSeedDatesAreUnresolved()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.Directory("seeds"), "003_e7eb2515b5ec6a1b.txt"));
        var timexes = Tagger.Tag(text, null);

        var tuesday = Assert.Single(timexes, t => t.Text == "Tuesday");
        Assert.False(tuesday.Resolved);
        Assert.Equal("XXXX-WXX-2", tuesday.Value);
        Assert.Equal("XXXX-06", Assert.Single(timexes, t => t.Text == "June").Value);
        Assert.True(Assert.Single(timexes, t => t.Text == "1950-53").Resolved);
    }
}
