using Parley.Model;
using Parley.Text;

namespace Parley.Clauses;

/// <summary>
/// Builds the clauses of one tagged sentence from its verb groups: the subject is the noun phrase
/// just left of a finite group (skipping time expressions and adverbs), the tail runs to the next
/// clause, and the words between two clauses decide how the later one hangs on the earlier.
/// </summary>
internal sealed class SentenceClauses(ClauseLexicon lexicon)
{
    private readonly SpeechAttributions _attributions = new(lexicon);

    public void Build(IReadOnlyList<Token> tokens, Sentence sentence, TaggedWord[] words, bool[] inTimex, List<Clause> output)
    {
        var groups = VerbGroupFinder.Find(words);
        var subjects = new (int Start, int End)[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var floor = g > 0 ? groups[g - 1].End : 0;
            subjects[g] = groups[g].Infinitive ? SubjectFinder.ForSubject(words, groups[g].Start, inTimex, floor)
                : _attributions.IsInverted(words, groups[g]) || IsParticipialReport(words, groups[g]) ? (groups[g].Start, groups[g].Start)
                : SubjectFinder.SubjectOf(words, groups[g].Start, inTimex, floor);
            if (subjects[g].End - subjects[g].Start > 1 && subjects[g].Start > 0 && words[subjects[g].Start - 1].Class == WordClass.Be
                && lexicon.IsAttitudeAdjective(words[subjects[g].Start].Lower))
            {
                // "he was confident India would sign": the adjective after "be" is that clause's, not the next subject's first word.
                subjects[g] = (subjects[g].Start + 1, subjects[g].End);
            }
        }

        // "refused to release the fishermen it had detained", "promised Tbilisi it would withdraw": a noun phrase right after a
        // verb that ends in a personal pronoun is that verb's object, and the pronoun the next clause's subject.
        var pronounAfterObject = new bool[groups.Count];
        for (var g = 1; g < groups.Count; g++)
        {
            if (!groups[g].Infinitive && IsPronounAfterObject(words, subjects[g], groups[g - 1], inTimex))
            {
                (pronounAfterObject[g], subjects[g]) = (true, (subjects[g].End - 1, subjects[g].End));
            }
        }

        // "Iran, which denies …, rejected": the verb after a relative clause set off by commas takes the noun phrase before it.
        var (interrupter, host) = InterruptingRelatives.Reassign(words, groups, inTimex, subjects, lexicon);
        var partner = new int[groups.Count];

        var first = output.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var tailEnd = g + 1 < groups.Count ? TailEnd(words, group.End, NextSubjectStart(groups, subjects, host, g), groups[g + 1]) : words.Length;

            var before = interrupter[g] >= 0 ? interrupter[g] - 1 : g - 1; // the clause the subject follows
            var introducer = before >= 0 && !group.Infinitive ? Introducer(words, TailEnd(words, groups[before].End, subjects[g].Start, group), subjects[g].Start) : null;
            var (kind, parent) = _attributions.IsClosing(words, groups, subjects, g) ? (ClauseKind.Main, -1) : Attach(output, first, before, group, introducer, before >= 0 && groups[before].End == subjects[g].Start);
            var nounContent = kind == ClauseKind.Main && before >= 0 && introducer == "that" && lexicon.FollowsContentNoun(words, groups[before].End, subjects[g].Start);
            if (kind == ClauseKind.Main && before >= 0
                && (nounContent || introducer is "that" or null && lexicon.FollowsAttitudeAdjective(words, subjects[g].Start, output[first + before].Verb)))
            {
                // "rejected accusations by the United States that it used chemical weapons": what is alleged is content, not an act;
                // so is what one is optimistic or doubtful about ("was pessimistic that Turkey would soften its position", "was confident
                // the rebels would sign").
                (kind, parent) = (ClauseKind.Complement, first + before);
            }

            if (kind == ClauseKind.Main && before >= 0 && introducer == "that" && IsCoordinatedThat(words, subjects[g].Start)
                && output[first + before] is { Kind: ClauseKind.Complement, Introducer: "that" } sibling)
            {
                // "warned that the talks would fail, and that it may sever ties": a that-clause joined to a
                // complement is content of the same verb, not an act told.
                (kind, parent) = (ClauseKind.Complement, sibling.Parent);
            }

            if (pronounAfterObject[g])
            {
                // "promised Tbilisi it would withdraw": what a verb of telling tells its object is its content. "refused to release the
                // fishermen it had detained": elsewhere a relative clause without "that" says something of the object; it tells
                // no act of its own (no antecedent: left uncoded).
                (kind, parent) = lexicon.TakesAddresseeAndClause(groups[g - 1].Lemma) ? (ClauseKind.Complement, first + g - 1) : (ClauseKind.Relative, first + g - 1);
            }

            partner[g] = interrupter[g] < 0 ? CoordinatedPredicates.PartnerOf(words, groups, subjects, output, first, g) : -1;
            if (partner[g] >= 0)
            {
                // "… and urged Washington to cancel the deal": the coordinated verb shares its partner's subject and attachment.
                var shared = output[first + partner[g]];
                (kind, parent) = (shared.Kind, shared.Parent);
                subjects[g] = subjects[partner[g]];
            }

            var subject = subjects[g].End > subjects[g].Start ? Cover(tokens, words, subjects[g].Start, subjects[g].End) : (Span?)null;
            Span? antecedent = null;
            if (host[g] >= 0)
            {
                // "Hamas, which advocates Israel's destruction, …": a simple present describes what the antecedent is or holds,
                // not an act; with no antecedent the clause is left uncoded. "who has accused Washington" tells of an act.
                antecedent = InterruptingRelatives.IsStandingState(words, group) || subject is not null ? null : Cover(tokens, words, subjects[host[g]].Start, subjects[host[g]].End);
                (kind, parent) = (ClauseKind.Relative, first + host[g]);
            }
            else if (subject is null && IsParticipialReport(words, group) && ReportingClause(output, first) is { } reporter)
            {
                // "rejected the plan, saying it favoured Israel": the one who says is the subject of the clause the report follows.
                antecedent = output[reporter].Subject;
                (kind, parent) = (ClauseKind.Relative, reporter);
            }
            else if (subject is null && !group.Infinitive && g > 0 && SubjectFinder.AntecedentOf(words, group.Start, inTimex, groups[g - 1].End) is var (from, to) && to > from)
            {
                antecedent = Cover(tokens, words, from, to);
                (kind, parent) = (ClauseKind.Relative, output.Count - 1);
            }

            var (obj, arguments) = Arguments(tokens, words, group.End, tailEnd);
            if (partner[g] == g - 1 && g > 0 && CoordinatedPredicates.ConjunctionBefore(words, group.Start) == groups[g - 1].End && (obj is not null || arguments.Count > 0))
            {
                // "donated and personally delivered medicine to Iraq": a verb with nothing of its own before "and" shares what the
                // verb after it takes (its object and phrases).
                var bare = output[^1];
                var end = tailEnd > group.End ? tokens[words[tailEnd - 1].Token].End : bare.Span.End;
                output[^1] = bare with { Span = new Span(bare.Span.Start, Math.Max(bare.Span.End, end)), DirectObject = obj, Arguments = arguments };
            }

            // A clause whose subject stands before a relative clause starts at its verb, so clauses keep the order of their groups.
            var clauseStart = interrupter[g] < 0 && partner[g] < 0 && subject is { } own ? own.Start : tokens[words[group.Start].Token].Start;
            var clauseEnd = tailEnd > group.End ? tokens[words[tailEnd - 1].Token].End : tokens[words[group.End - 1].Token].End;
            output.Add(new Clause(
                new Span(clauseStart, Math.Max(clauseStart, clauseEnd)),
                output.Count,
                sentence.Index,
                kind,
                parent,
                group.Lemma,
                Cover(tokens, words, group.Start, group.End),
                tokens[words[group.Main].Token].Span,
                group.Negated,
                group.Modal,
                group.Tense,
                group.Passive,
                subject,
                obj,
                arguments,
                tailEnd > group.End ? Cover(tokens, words, group.End, tailEnd) : new Span(clauseEnd, clauseEnd),
                introducer) { Antecedent = antecedent, NounContent = nounContent });
        }

        var opening = 0;
        while (opening < groups.Count && host[opening] >= 0)
        {
            opening++; // "If Hamas, which controls Gaza, fires rockets, …": the condition is the clause whose subject the relative interrupts
        }

        AttachOpeningCondition(words, subjects, groups, output, first, opening);
    }

    /// <summary>"If X, Y": a sentence that opens with a condition puts it on the first main clause after it.</summary>
    private static void AttachOpeningCondition(TaggedWord[] words, (int Start, int End)[] subjects, List<VerbGroup> groups, List<Clause> output, int first, int opening)
    {
        var introducer = opening + 1 < groups.Count ? Introducer(words, 0, subjects[opening].Start) : null;
        if (introducer is not ("if" or "unless" or "only if" or "even if" or "as long as"))
        {
            return;
        }

        for (var i = first + opening + 1; i < output.Count; i++)
        {
            if (output[i].Kind == ClauseKind.Main)
            {
                output[first + opening] = output[first + opening] with { Kind = ClauseKind.Condition, Parent = i, Introducer = introducer };
                return;
            }
        }
    }

    /// <summary>
    /// How a clause hangs on the clause of group <paramref name="before"/> (the one its subject follows; -1 for none);
    /// <paramref name="adjacent"/> when its subject starts right after that clause's verb ("vowed it would …").
    /// </summary>
    private (ClauseKind, int) Attach(List<Clause> output, int first, int before, VerbGroup group, string? introducer, bool adjacent)
    {
        if (before < 0)
        {
            return (ClauseKind.Main, -1);
        }

        var previous = first + before;
        if (group.Infinitive)
        {
            return (ClauseKind.Infinitive, previous);
        }

        var matrix = previous;
        while (matrix > first && output[matrix].Kind == ClauseKind.Infinitive)
        {
            matrix = output[matrix].Parent;
        }

        switch (introducer)
        {
            case "if" or "only if" or "unless" or "provided" or "provided that" or "as long as" or "even if" or "only when":
                return (ClauseKind.Condition, matrix);
            case "until" when group.Tense == Tense.Present:
                // "vowed to fight until Ethiopia withdraws its troops": an end point still to come is hoped for, not an act that took
                // place, and it bounds the act next to it (the fighting); "fought until the army withdrew" tells of one that did.
                return (ClauseKind.Condition, previous);
            case "until":
                return (ClauseKind.Adverbial, matrix);
            case "who" or "which" or "whom" or "whose" or "where":
                return (ClauseKind.Relative, previous);
            case "because" or "while" or "when" or "although" or "though" or "whereas" or "once" or "since" or "after" or "before" or "as" or "so":
                return (ClauseKind.Adverbial, matrix);
            case "that" or null or "," when lexicon.IsSpeechVerb(output[previous].Verb) || output[previous].Verb is "demand":
                return (ClauseKind.Complement, previous);
            case "that" when lexicon.IsCommitmentVerb(output[previous].Verb):
            case null when adjacent && lexicon.IsCommitmentVerb(output[previous].Verb):
                // "threatened that it would close the strait", "vowed it would retaliate": what is threatened or promised is
                // content; "threatened Hamas and Hamas fired" tells of two acts.
                return (ClauseKind.Complement, previous);
            case "that" when lexicon.IsMandativeVerb(output[previous].Verb):
                // "proposed that the two sides hold talks": what a mandative verb asks for is its content.
                return (ClauseKind.Complement, previous);
            case "that" when output[previous].Verb is "deny" or "allege" or "charge":
                // "denied that it had sent troops", "charged that India had sponsored …": what is denied or alleged is content,
                // not an act told; "denying vaccines to migrants, is urging …" has no "that" and no complement.
                return (ClauseKind.Complement, previous);
            default:
                return (ClauseKind.Main, -1);
        }
    }

    /// <summary>A speech verb's -ing form right after a comma ("…, saying it favoured Israel").</summary>
    private bool IsParticipialReport(TaggedWord[] words, VerbGroup group) =>
        words[group.Start] is { Class: WordClass.Verb, Form: VerbForm.Gerund, Lemma: { } lemma }
        && (lexicon.IsSpeechVerb(lemma) || lexicon.IsMandativeVerb(lemma) && group.End < words.Length && words[group.End].Lower == "that")
        && group.Start >= 1 && words[group.Start - 1].Lower == ",";

    /// <summary>
    /// The index of the sentence's latest main clause with a subject of its own (from <paramref name="first"/> on): its subject is
    /// the one who says. Null when there is none or it is passive, whose subject is acted on ("The proposal was rejected by the
    /// Palestinians, saying …").
    /// </summary>
    private static int? ReportingClause(List<Clause> output, int first)
    {
        for (var k = output.Count - 1; k >= first; k--)
        {
            if (output[k] is { Kind: ClauseKind.Main, Subject: not null })
            {
                return output[k].Passive ? null : k;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the subject of the clause after group <paramref name="g"/> begins, which ends <paramref name="g"/>'s clause: "…, aid workers
    /// who fled the region said" ends before "aid workers", the subject the next relative clause interrupts. A relative clause whose
    /// host's subject stands before it runs on to its host's verb.
    /// </summary>
    private static int NextSubjectStart(List<VerbGroup> groups, (int Start, int End)[] subjects, int[] host, int g)
    {
        var next = host[g + 1] >= 0 ? Math.Min(subjects[g + 1].Start, subjects[host[g + 1]].Start) : subjects[g + 1].Start;
        return next >= groups[g].End ? next : groups[g + 1].Start;
    }

    /// <summary>The previous clause's words stop at the next clause's subject, or earlier at a word that opens a clause.</summary>
    private static int TailEnd(TaggedWord[] words, int from, int nextSubjectStart, VerbGroup next)
    {
        // "mobilized pressure groups in the United States to help …": the words before an infinitive's "to" are the clause's own.
        // "Iran, which denies seeking nuclear weapons, rejected": a relative clause's words run to the verb whose subject stands before it.
        var limit = next.Infinitive ? next.Start : nextSubjectStart < from ? next.Start : nextSubjectStart;

        for (var i = from; i < limit; i++)
        {
            var w = words[i];
            if (w.Class is WordClass.Subordinator or WordClass.That or WordClass.Relative || w.Lower is ";" or ":"
                || (w.Lower is "only" or "even") && i + 1 < limit && words[i + 1].Class == WordClass.Subordinator
                || IsClauseUntil(words, i, limit, next))
            {
                return i;
            }
        }

        return Math.Max(from, limit);
    }

    /// <summary>"until" is a preposition ("until Friday") except right before the subject of a finite clause ("until they gain control").</summary>
    private static bool IsClauseUntil(TaggedWord[] words, int i, int nextSubjectStart, VerbGroup next) =>
        !next.Infinitive && i + 1 == nextSubjectStart && words[i].Lower == "until";

    /// <summary>
    /// Whether a subject read as a noun phrase right after the verb before (or its particle: "hand over") ends in a personal pronoun
    /// after a noun (not a time's: "said on Tuesday it would"): "the fishermen it had detained", "Tbilisi it would withdraw".
    /// </summary>
    private bool IsPronounAfterObject(TaggedWord[] words, (int Start, int End) subject, VerbGroup previous, bool[] inTimex)
    {
        if (subject.End - subject.Start < 2 || subject.Start < previous.End || words[subject.End - 1].Lower is not ("it" or "they" or "he" or "she" or "we")
            || words[subject.End - 2].Class is not (WordClass.Noun or WordClass.ProperNoun) || inTimex[subject.End - 2])
        {
            return false;
        }

        for (var i = previous.End; i < subject.Start; i++)
        {
            if (!lexicon.IsPhrasalParticle(words[i].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"…, and that it could …": the subject at <paramref name="subjectStart"/> follows "that" after a coordinating conjunction.</summary>
    private static bool IsCoordinatedThat(TaggedWord[] words, int subjectStart) =>
        subjectStart >= 2 && words[subjectStart - 1].Class == WordClass.That && words[subjectStart - 2].Lower is "and" or "or" or "but";

    private static string? Introducer(TaggedWord[] words, int from, int to)
    {
        var parts = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (words[i].Class is WordClass.Subordinator or WordClass.That or WordClass.Relative || words[i].Lower is "only" or "even" or "provided" or "until")
            {
                parts.Add(words[i].Lower);
            }
        }

        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static (Span? Object, IReadOnlyList<ClauseArgument> Arguments) Arguments(IReadOnlyList<Token> tokens, TaggedWord[] words, int from, int to)
    {
        var arguments = new List<ClauseArgument>();
        Span? obj = null;
        var i = from;
        var objectStart = i;
        while (i < to && words[i].Class is not (WordClass.Preposition or WordClass.Punctuation or WordClass.To or WordClass.Verb))
        {
            i++;
        }

        if (i > objectStart)
        {
            obj = Cover(tokens, words, objectStart, i);
        }

        while (i < to)
        {
            if (words[i].Class is WordClass.Preposition or WordClass.To)
            {
                var preposition = words[i].Lower;
                var start = ++i;
                while (i < to && words[i].Class is not (WordClass.Preposition or WordClass.To or WordClass.Punctuation or WordClass.Verb)
                    || i < to && words[i].Lower == "of")
                {
                    i++;
                }

                if (i > start)
                {
                    arguments.Add(new ClauseArgument(preposition, Cover(tokens, words, start, i), IsGerund(words[start])));
                }
            }
            else
            {
                i++;
            }
        }

        return (obj, arguments);
    }

    /// <summary>A gerund read as a noun ("by changing", "of trying"): the tagger keeps its verb's lemma.</summary>
    private static bool IsGerund(TaggedWord word) => word.Class == WordClass.Noun && word.Lemma is not null;

    private static Span Cover(IReadOnlyList<Token> tokens, TaggedWord[] words, int start, int end) =>
        new(tokens[words[start].Token].Start, tokens[words[end - 1].Token].End);
}
