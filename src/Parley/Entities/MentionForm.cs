namespace Parley.Entities;

/// <summary>How a mention refers: by name, by a description ("the administration"), or by a pronoun.</summary>
public enum MentionForm : byte
{
    Name,
    Nominal,
    Pronoun,
}
