using Parley.Model;

namespace Parley.Tests.Entities;

/// <summary>The actors of SEEDS.md §2 on the two seed articles, resolved with their publication dates.</summary>
public sealed class SeedActorTests
{
    private static readonly Lazy<AnnotatedDocument> Ap = new(() => EntityTestDocuments.Seed("000_"));
    private static readonly Lazy<AnnotatedDocument> Reuters = new(() => EntityTestDocuments.Seed("003_"));

    public static TheoryData<string, string, string> NamedActors => new()
    {
        { "000", "President Donald Trump", "USAGOV" },
        { "000", "Trump", "USAGOV" },
        { "000", "South Korean President Moon Jae-in", "KORGOV" },
        { "000", "Moon", "KORGOV" },
        { "000", "Kim", "PRKGOV" },
        { "000", "the leader of North Korea", "PRKGOV" },
        { "000", "the White House", "USAGOV" },
        { "000", "North Korea", "PRK" },
        { "000", "the repressive nation", "PRK" },
        { "000", "the US", "USA" },
        { "000", "the U.S.", "USA" },
        { "000", "The Korean Central News Agency", "PRKMED" },
        { "000", "UN", "IGOUNO" },
        { "000", "U.N.", "IGOUNO" },
        { "000", "Pyongyang", "PRKGOV" },
        { "003", "U.S. President Donald Trump", "USAGOV" },
        { "003", "Trump", "USAGOV" },
        { "003", "Kim Jong Un", "PRKGOV" },
        { "003", "North Korea’s leader Kim Jong Un", "PRKGOV" },
        { "003", "Kim", "PRKGOV" },
        { "003", "his counterpart Kim Hyok Chol", "PRKGOV" },
        { "003", "Stephen Biegun", "USAGOV" },
        { "003", "Biegun", "USAGOV" },
        { "003", "his special envoy for North Korea", "USAGOV" },
        { "003", "the White House", "USAGOV" },
        { "003", "The administration", "USAGOV" },
        { "003", "the State Department", "USAGOV" },
        { "003", "North Korea", "PRK" },
        { "003", "the United States", "USA" },
        { "003", "Vietnam", "VNM" },
    };

    private static AnnotatedDocument Doc(string seed) => seed == "000" ? Ap.Value : Reuters.Value;

    [Theory]
    [MemberData(nameof(NamedActors))]
    public void Every_mention_of_a_seed_actor_resolves_to_its_code(string seed, string words, string code)
    {
        var doc = Doc(seed);
        var mentions = doc.Named(words);
        Assert.True(mentions.Count > 0, $"no mention '{words}'\n{EntityTestDocuments.Dump(doc)}");
        Assert.All(mentions, m => Assert.Equal(code, m.Actor?.Code));
    }

    [Fact]
    public void Pyongyang_as_actor_is_its_government_and_as_place_a_location()
    {
        var doc = Reuters.Value;
        Assert.Equal("PRKGOV", doc.In("before Pyongyang completely", "Pyongyang").Actor?.Code);
        Assert.Equal(Parley.Entities.MentionType.Location, doc.In("talks in Pyongyang", "Pyongyang").Type);
    }

    [Fact]
    public void Moon_and_the_leader_of_North_Korea_corefer_with_their_full_names()
    {
        var doc = Ap.Value;
        var moon = doc.Named("South Korean President Moon Jae-in").Single().Entity;
        Assert.All(doc.Named("Moon"), m => Assert.Equal(moon, m.Entity));
        var kim = doc.Named("the leader of North Korea").Single().Entity;
        Assert.All(doc.Named("Kim"), m => Assert.Equal(kim, m.Entity));
    }

    [Fact]
    public void Kim_alone_is_Kim_Jong_Un_never_Kim_Hyok_Chol()
    {
        var doc = Reuters.Value;
        var kimJongUn = doc.Named("Kim Jong Un")[0].Entity;
        var kimHyokChol = doc.Named("his counterpart Kim Hyok Chol").Single().Entity;
        Assert.NotEqual(kimJongUn, kimHyokChol);
        Assert.All(doc.Named("Kim"), m => Assert.Equal(kimJongUn, m.Entity));
    }

    [Fact]
    public void Biegun_is_the_special_envoy()
    {
        var doc = Reuters.Value;
        Assert.Equal(doc.Named("Stephen Biegun").Single().Entity, doc.Named("his special envoy for North Korea").Single().Entity);
    }

    [Fact]
    public void He_follows_the_subject_not_the_nearest_name()
    {
        var ap = Ap.Value;
        var moon = ap.Named("Moon")[0].Entity;
        var trump = ap.Named("Trump")[0].Entity;
        Assert.Equal(moon, ap.In("But he didn't speak", "he").Entity);
        Assert.Equal(trump, ap.In("Trump said he would favor", "he").Entity);
        Assert.Equal(trump, ap.In("He said he was open", "He").Entity);

        var reuters = Reuters.Value;
        var trump003 = reuters.Named("Trump")[0].Entity;
        Assert.Equal(trump003, reuters.In("do something,” he said", "he").Entity);
        Assert.Equal(trump003, reuters.In("since he and Kim met", "he").Entity);
        Assert.True(reuters.Named("Stephen Biegun").Single().Entity == reuters.In("which he said would include", "he").Entity, EntityTestDocuments.Dump(reuters));
    }
}
