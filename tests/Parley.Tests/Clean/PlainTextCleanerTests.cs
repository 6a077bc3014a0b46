using Parley.Clean;

namespace Parley.Tests.Clean;

public sealed class PlainTextCleanerTests
{
    private const string Lead = "Foreign ministers from four countries met on Monday to discuss a ceasefire plan, officials said.";
    private const string Second = "The talks are expected to continue for two more days, according to a statement from the hosts.";

    private static readonly PlainTextCleaner Cleaner = new();

    [Fact]
    public void Empty_and_blank_input_give_an_empty_body()
    {
        foreach (var input in new[] { string.Empty, "   \n\n \t\n" })
        {
            var cleaned = Cleaner.Clean(input);
            Assert.Equal(string.Empty, cleaned.Body);
            Assert.Null(cleaned.Title);
            Assert.Empty(cleaned.Offsets.Segments);
        }
    }

    [Fact]
    public void Crlf_tabs_and_no_break_spaces_are_folded_and_traced()
    {
        var input = "Ceasefire talks open in Brevik\r\n\r\n" + "Foreign\u00A0ministers  met\ton Monday to discuss a ceasefire plan, officials said in a statement.\r\n";
        var cleaned = Cleaner.Clean(input);
        Assert.Equal("Ceasefire talks open in Brevik", cleaned.Title);
        Assert.Equal("Foreign ministers met on Monday to discuss a ceasefire plan, officials said in a statement.", cleaned.Body);
        OffsetInvariants.Check(input, cleaned);
        Assert.Equal(input.IndexOf("met", StringComparison.Ordinal), cleaned.Offsets.ToInput(cleaned.Body.IndexOf("met", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_title_is_taken_when_the_caller_says_the_text_starts_with_body()
    {
        var cleaned = Cleaner.Clean("Talks resume\n" + Lead, firstLineMayBeTitle: false);
        Assert.Null(cleaned.Title);
        Assert.StartsWith("Talks resume", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_title()
    {
        Assert.Null(Cleaner.Clean(Lead + "\n" + Second).Title);
    }

    [Fact]
    public void A_headline_alone_without_body_is_not_a_title()
    {
        var cleaned = Cleaner.Clean("Talks resume in Brevik");
        Assert.Null(cleaned.Title);
        Assert.Equal("Talks resume in Brevik", cleaned.Body);
    }

    [Theory]
    [InlineData("Protesters gather outside the ministry. (Reuters/Jane Roe)", "Reuters/Jane Roe")]
    [InlineData("Delegates arrive for the summit. (Photo: Ana Diaz)", "Ana Diaz")]
    [InlineData("Delegates arrive for the summit. (AP Photo/John Doe, File)", "AP Photo/John Doe, File")]
    public void Captions_with_bracketed_credits_are_kept_apart(string caption, string credit)
    {
        var cleaned = Cleaner.Clean(Lead + "\n" + caption + "\n" + Second);
        var found = Assert.Single(cleaned.Captions);
        Assert.Equal(credit, found.Credit);
        Assert.DoesNotContain(credit, cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_paragraph_ending_in_brackets_is_not_a_caption()
    {
        var cleaned = Cleaner.Clean(Lead + "\nThe senator voted against the bill (Democrat)\n" + Second);
        Assert.Empty(cleaned.Captions);
        Assert.Contains("(Democrat)", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void File_photo_lines_are_captions()
    {
        var cleaned = Cleaner.Clean(Lead + "\nFILE PHOTO: The foreign ministry building in the capital, March 3.\n" + Second);
        Assert.Single(cleaned.Captions);
        Assert.DoesNotContain("FILE PHOTO", cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_by_and_bracketed_credit_lines_go_to_credits()
    {
        var cleaned = Cleaner.Clean(Lead + "\n" + Second + "\n(Compiled by Lena Park; Editing by Omar Haddad and Sofia Reyes)");
        Assert.Equal(["Lena Park"], cleaned.Credits.NamesWithRole(CreditRole.Compiler));
        Assert.Equal(["Omar Haddad", "Sofia Reyes"], cleaned.Credits.NamesWithRole(CreditRole.Editor));
        Assert.DoesNotContain("Editing", cleaned.Body, StringComparison.Ordinal);
        Assert.Single(cleaned.Credits.Lines);
    }

    [Fact]
    public void A_story_sentence_about_reporting_is_not_a_credit_line()
    {
        var sentence = "Reporting by the state broadcaster suggested the talks had stalled over the release of prisoners.";
        var cleaned = Cleaner.Clean(Lead + "\n" + Second + "\n" + sentence);
        Assert.Empty(cleaned.Credits.People);
        Assert.EndsWith(sentence, cleaned.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tail_cue_in_mid_story_does_not_cut_the_story()
    {
        var input = string.Join("\n", Lead, "Subscribe now", Second, "A third paragraph of the story follows here with more details on the plan.", "Ministers will meet again next month in the capital, the statement said.");
        var cleaned = Cleaner.Clean(input);
        Assert.DoesNotContain("Subscribe now", cleaned.Body, StringComparison.Ordinal);
        Assert.Equal(4, cleaned.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Prose_after_a_trailing_disclaimer_that_sells_subscriptions_is_cut()
    {
        var input = string.Join("\n", Lead, Second, "Disclaimer: this content was produced by a partner agency.",
            "Dear reader, our journalism depends on subscribers like you, so please subscribe today to keep reading our premium stories.");
        var cleaned = Cleaner.Clean(input);
        Assert.Equal(Lead + "\n\n" + Second, cleaned.Body);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKind.Disclaimer, removed.Kind);
        Assert.Contains("Dear reader", removed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_residue_inside_a_paragraph_is_cut_out_and_recorded()
    {
        var input = Lead + "\nThe minister, {{author_name}}, said the plan would be published on Friday after the talks.";
        var cleaned = Cleaner.Clean(input);
        Assert.Contains("The minister, , said", cleaned.Body, StringComparison.Ordinal);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKind.TemplateResidue, removed.Kind);
        Assert.Equal("{{author_name}}", input.Substring(removed.InputStart, removed.InputLength));
        OffsetInvariants.Check(input, cleaned);
    }

    [Fact]
    public void Removed_blocks_point_at_their_input()
    {
        var input = Lead + "\n" + Second + "\nFollow us on X and Facebook for more updates";
        var removed = Assert.Single(Cleaner.Clean(input).Removed);
        Assert.Equal(BoilerplateKind.Social, removed.Kind);
        Assert.Equal(removed.Text, input.Substring(removed.InputStart, removed.InputLength));
    }

    [Fact]
    public void Default_cues_load_from_the_data_files()
    {
        var cues = CleaningCues.Load();
        Assert.NotEmpty(cues.Boilerplate);
        Assert.NotEmpty(cues.CreditOpeners);
        Assert.Contains("₹", cues.CurrencySymbols);
    }
}
