namespace Parley.Entities;

/// <summary>What a nominal description stands for.</summary>
public enum NominalReference : byte
{
    Government,
    Country,
}
