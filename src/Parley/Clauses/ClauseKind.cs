namespace Parley.Clauses;

/// <summary>How a clause hangs on the rest of its sentence.</summary>
public enum ClauseKind : byte
{
    /// <summary>An independent clause (or one coordinated with another by "and").</summary>
    Main,

    /// <summary>A that-complement or reported content of a speech verb ("said he would favor…").</summary>
    Complement,

    /// <summary>An infinitival complement ("agreed to set up…"); its subject is its parent's.</summary>
    Infinitive,

    /// <summary>A condition ("if…", "unless…", "provided…") on its parent clause.</summary>
    Condition,

    /// <summary>A relative clause ("who…", "which…").</summary>
    Relative,

    /// <summary>Another adverbial clause ("because…", "while…", "when…").</summary>
    Adverbial,
}
