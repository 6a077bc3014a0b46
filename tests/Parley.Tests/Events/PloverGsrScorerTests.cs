using Parley.Evaluation;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>How the PLOVER evaluation compares actor codes: the code table applies to the gold and to Parley alike.</summary>
public sealed class PloverGsrScorerTests
{
    private static readonly DateOnly Date = new(2005, 6, 1);

    [Theory]
    [InlineData("Amnesty International accused the United States of torturing prisoners.", "DISAPPROVE", "IGO", "USA", true)]
    [InlineData("Amnesty International accused the United States of torturing prisoners.", "DISAPPROVE", "NGO", "USA", true)]
    [InlineData("Amnesty International accused the United States of torturing prisoners.", "DISAPPROVE", "USA", "IGO", false)]
    [InlineData("The United Nations accused Sudan of blocking aid.", "DISAPPROVE", "NGO", "SDN", true)]
    [InlineData("Japan accused China of violating its airspace.", "DISAPPROVE", "JAP", "CHN", true)]
    [InlineData("Japan accused China of violating its airspace.", "DISAPPROVE", "JAP", "IGO", false)]
    public void OrganisationsAndRenamedCountriesAreComparedThroughTheCodeTable(string text, string category, string source, string target, bool correct)
    {
        var scorer = new PloverGsrScorer();
        var record = new PloverGsrRecord("test", text, category, [source], [target]);
        var events = EventPipeline.Run(text, Date).Layers.Get(EventLayers.Events);
        Assert.NotEmpty(events);
        Assert.Equal(correct, events.Any(e => scorer.IsCorrect(record, e)));
    }
}
