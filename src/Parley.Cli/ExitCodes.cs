namespace Parley.Cli;

/// <summary>Exit codes of the output contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some inputs were rejected; the rest was processed.</summary>
    public const int SomeRejected = 1;

    public const int Usage = 2;
}
