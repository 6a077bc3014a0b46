using Parley.Clauses;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences whose subject is cut off from its verb by a relative clause set off by commas (", who …,",
/// ", which …,", ", whose troops …,"), an apposition or a participle: the verb keeps its subject, and the relative
/// clause takes the noun phrase before it as its antecedent.
/// </summary>
public sealed class InterruptedSubjectTests
{
    private static readonly DateOnly May2019 = new(2019, 5, 1);

    private static IReadOnlyList<Clause> Clauses(string text) => EventPipeline.Run(text, May2019).Layers.Get(ClauseLayers.Clauses);

    [Theory]
    [InlineData("Iran, which denies seeking nuclear weapons, rejected the European proposal.", "reject", "Iran")]
    [InlineData("The Taliban, which controls much of the south, attacked a police post in Helmand.", "attack", "The Taliban")]
    [InlineData("Hezbollah, which is backed by Iran, fired rockets at Israel.", "fire", "Hezbollah")]
    [InlineData("Japan, which claims the islands, protested to China.", "protest", "Japan")]
    [InlineData("Germany, which holds the presidency of the council, invited Serbia to the talks.", "invite", "Germany")]
    [InlineData("Iraqi Prime Minister Nouri al-Maliki, who faces growing criticism at home, thanked Iran for its support.", "thank", "Iraqi Prime Minister Nouri al-Maliki")]
    [InlineData("The Palestinian leader, who had been under pressure from Washington, condemned the bombing.", "condemn", "The Palestinian leader")]
    [InlineData("Pakistan, which has long denied sheltering militants, arrested three suspects.", "arrest", "Pakistan")]
    [InlineData("Syria, which blames Israel for the strike, threatened to retaliate.", "threaten", "Syria")]
    [InlineData("Egypt, which mediated the truce, condemned the Israeli strike, officials said.", "condemn", "Egypt")]
    [InlineData("Chinese Premier Wen Jiabao, who is visiting India, signed a border agreement with his Indian counterpart.", "sign", "Chinese Premier Wen Jiabao")]
    [InlineData("Sudanese President Omar al-Bashir, who came to power in a coup to end the war, accused Egypt of arming the rebels.", "accuse", "Sudanese President Omar al-Bashir")]
    [InlineData("Sudan said the militia, which is armed by Khartoum, killed dozens of villagers.", "kill", "the militia")]
    [InlineData("Iran, which, according to diplomats, has enriched uranium, rejected the proposal.", "reject", "Iran")]
    [InlineData("Russia, whose troops entered Georgia in August, rejected the demand.", "reject", "Russia")]
    [InlineData("The African Union, whose mission in Somalia faces a funding shortfall, appealed to donors for aid.", "appeal", "The African Union")]
    // A time expression ending the relative clause does not lend the noun before it to the verb ("who met Chinese leaders last week, condemned").
    [InlineData("Russian President Vladimir Putin, who met Chinese leaders last week, condemned the NATO drills.", "condemn", "Russian President Vladimir Putin")]
    [InlineData("The European Union, which imposed sanctions on Moscow in March, praised Ukraine for the reforms.", "praise", "The European Union")]
    [InlineData("The rebels, who seized the town last month, released the hostages.", "release", "The rebels")]
    [InlineData("North Korea, which last month fired two missiles, warned Japan against new sanctions.", "warn", "North Korea")]
    public void The_verb_after_a_relative_clause_takes_the_noun_phrase_before_it_as_subject(string text, string verb, string subject)
    {
        var clause = Assert.Single(Clauses(text), c => c.Verb == verb);
        Assert.Equal(subject, clause.Subject?.Slice(text));
    }

    [Theory]
    [InlineData("Rebels who fled to Uganda attacked a Congolese village on Monday.", "attack", "Rebels", "Rebels")]
    [InlineData("Israeli troops shot dead two gunmen, officials who spoke on condition of anonymity said.", "say", "officials", "officials")]
    [InlineData("Troops killed 200 villagers, survivors who fled to Mexico told church workers.", "tell", "survivors", "survivors")]
    [InlineData("The man who spoke to reporters in Kabul was a Taliban commander.", "be", "The man", "The man")]
    [InlineData("Militiamen killed hundreds of civilians in the town, aid workers who fled the region said.", "say", "aid workers", "aid workers")]
    public void A_relative_clause_with_who_and_no_comma_ending_in_a_prepositions_phrase_leaves_the_verb_after_it_to_the_noun_before_it(
        string text, string verb, string subject, string antecedent)
    {
        // "to Uganda", "of anonymity": the noun a preposition takes is no subject of the verb that follows.
        var clauses = Clauses(text);
        Assert.Equal(subject, Assert.Single(clauses, c => c.Verb == verb).Subject?.Slice(text));
        Assert.Equal(antecedent, Assert.Single(clauses, c => c.Introducer == "who" || c.Kind == ClauseKind.Relative).Antecedent?.Slice(text));
    }

    [Theory]
    [InlineData("Gunmen who stormed a hotel in Lagos killed 20 people on Wednesday.", "kill", "Gunmen", "Gunmen")]
    [InlineData("Rebels who attacked the town burned dozens of houses, the army said.", "burn", "Rebels", "Rebels")]
    [InlineData("Soldiers who took over the rebel base captured 30 guerrillas.", "capture", "Soldiers", "Soldiers")]
    public void A_relative_clause_with_who_and_no_comma_ending_in_its_verbs_object_leaves_the_verb_after_it_to_the_noun_before_it(
        string text, string verb, string subject, string antecedent)
    {
        // "stormed a hotel": a verb that takes no clause has the noun phrase after it as its object, never as the next verb's subject.
        var clauses = Clauses(text);
        Assert.Equal(subject, Assert.Single(clauses, c => c.Verb == verb).Subject?.Slice(text));
        Assert.Equal(antecedent, Assert.Single(clauses, c => c.Kind == ClauseKind.Relative).Antecedent?.Slice(text));
    }

    [Fact]
    public void A_participle_with_by_after_a_relative_clauses_object_is_no_verb_of_the_noun_before_it()
    {
        const string text = "Villagers who sheltered the rebels attacked by troops fled into the hills.";
        Assert.DoesNotContain(Clauses(text), c => c.Verb == "attack" && c.Subject?.Slice(text) == "Villagers");
    }

    [Fact]
    public void The_subject_an_attributions_relative_clause_interrupts_ends_the_clause_before_it()
    {
        // "…, aid workers who fled the region said": the aid workers are who says, not whom the killings are aimed at.
        var events = EventPipeline.Events("Hutu militiamen carried out mass killings of Tutsi civilians in Butare on Thursday, aid workers who fled the region said.", new DateOnly(1994, 5, 1));
        Assert.Contains(events, e => (e.Cameo, e.Target?.Country) == ("202", "RWA"));
        Assert.DoesNotContain(events, e => e.Target?.Code == "NGO");
    }

    [Theory]
    [InlineData("Officials who said the army attacked the town were arrested.", "attack", "the army")]
    [InlineData("Militiamen massacred civilians who had sought refuge in a church, Red Cross officials said on Tuesday.", "say", "Red Cross officials")]
    public void A_subject_after_a_relative_clauses_verb_of_speech_or_a_comma_keeps_its_subject(string text, string verb, string subject) =>
        Assert.Equal(subject, Assert.Single(Clauses(text), c => c.Verb == verb).Subject?.Slice(text));

    [Theory]
    [InlineData("Iranian President Mahmoud Ahmadinejad said on Wednesday he would free the 15 British sailors.", "free", "he")]
    [InlineData("Iran said Wednesday it would release the sailors.", "release", "it")]
    public void A_time_expression_before_a_pronoun_subject_is_no_part_of_it(string text, string verb, string subject)
    {
        var clause = Assert.Single(Clauses(text), c => c.Verb == verb);
        Assert.Equal(subject, clause.Subject?.Slice(text));
    }

    [Theory]
    [InlineData("Hamas, the Islamist group which runs Gaza, fired rockets at Israel.", "fire", "Hamas")]
    [InlineData("Hamas, the Islamist movement that won the 2006 election, rejected the peace plan.", "reject", "Hamas")]
    public void A_relative_clause_restricting_an_apposition_leaves_the_verb_to_the_name_before_it(string text, string verb, string subject)
    {
        var clauses = Clauses(text);
        var clause = Assert.Single(clauses, c => c.Verb == verb);
        Assert.Equal(subject, clause.Subject?.Slice(text));
        Assert.Contains(clauses, c => c.Kind == ClauseKind.Relative && c.Parent == clause.Index);
    }

    [Fact]
    public void The_relative_clause_keeps_its_own_words_and_names_the_antecedent()
    {
        const string text = "Colombia, which has fought the FARC for decades, signed a peace agreement with the rebels.";
        var clauses = Clauses(text);
        var fight = Assert.Single(clauses, c => c.Verb == "fight");
        var sign = Assert.Single(clauses, c => c.Verb == "sign");
        Assert.Equal((ClauseKind.Relative, "Colombia", "the FARC for decades,"), (fight.Kind, fight.Antecedent?.Slice(text), fight.Tail.Slice(text)));
        Assert.Equal(sign.Index, fight.Parent);
        Assert.True(fight.Index < sign.Index && fight.Span.Start <= sign.Span.Start, "clauses stay in the order of their verbs");
    }

    [Fact]
    public void A_leader_who_has_accused_a_country_accuses_it_and_expels_its_diplomat()
    {
        var events = EventPipeline.Events("Venezuelan President Nicolas Maduro, who has accused Washington of plotting a coup, expelled the US charge d'affaires.", May2019);
        Assert.Contains(events, e => e.CameoRoot == "11" && e.Source.Country == "VEN" && e.Target?.Country == "USA");
        Assert.Contains(events, e => e.Cameo.StartsWith("166", StringComparison.Ordinal) && e.Source.Country == "VEN" && e.Target?.Country == "USA");
    }

    [Fact]
    public void A_condition_whose_subject_a_relative_clause_interrupts_is_still_a_condition_of_that_subject()
    {
        const string text = "Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran in the election.";
        var run = Assert.Single(Clauses(text), c => c.Verb == "run");
        Assert.Equal((ClauseKind.Condition, "Hamas", "if"), (run.Kind, run.Subject?.Slice(text), run.Introducer));
    }

    [Fact]
    public void A_sentence_opening_on_a_condition_with_an_interrupted_subject_puts_it_on_the_main_clause()
    {
        const string text = "If Hamas, which controls Gaza, fires rockets, Israel will retaliate.";
        var clauses = Clauses(text);
        var fire = Assert.Single(clauses, c => c.Verb == "fire");
        var retaliate = Assert.Single(clauses, c => c.Verb == "retaliate");
        Assert.Equal((ClauseKind.Condition, retaliate.Index), (fire.Kind, fire.Parent));
    }

    [Fact]
    public void A_relative_clause_in_the_simple_present_describes_its_antecedent_and_is_no_event()
    {
        var events = EventPipeline.Events("Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran in the election.", May2019);
        Assert.DoesNotContain(events, e => e.Source.Code.Contains("HMS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_relative_clause_is_an_act_of_its_antecedent()
    {
        var events = EventPipeline.Events("The European Union, which imposed sanctions on Moscow in March, praised Ukraine for the reforms.", May2019);
        Assert.Contains(events, e => e.CameoRoot == "16" && e.Source.Code.StartsWith("IGOEU", StringComparison.Ordinal) && e.Target?.Country == "RUS");
        Assert.Contains(events, e => e.CameoRoot == "05" && e.Source.Code.StartsWith("IGOEU", StringComparison.Ordinal) && e.Target?.Country == "UKR");
    }

    [Fact]
    public void A_verb_that_is_base_and_past_alike_after_an_apposition_is_the_past()
    {
        var events = EventPipeline.Events("Saudi Arabia, the region's largest oil producer, cut diplomatic ties with Qatar.", May2019);
        Assert.Contains(events, e => e.CameoRoot == "16" && e.Source.Country == "SAU" && e.Target?.Country == "QAT");
    }

    [Fact]
    public void A_currency_sign_before_its_amount_stays_in_the_object()
    {
        const string text = "India announced a $1 billion line of credit for Bangladesh on Tuesday.";
        var clause = Assert.Single(Clauses(text), c => c.Verb == "announce");
        Assert.Equal("a $1 billion line", clause.DirectObject?.Slice(text));
    }
}
