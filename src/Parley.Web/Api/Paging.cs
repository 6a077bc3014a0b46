using Microsoft.AspNetCore.Http;

namespace Parley.Web.Api;

/// <summary>Validated paging parameters: a bad value is a 400 with the reason, never a 500.</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    /// <summary>One page never carries more than this; clients page through larger results.</summary>
    public const int MaxLimit = 500;

    public const int DefaultLimit = 50;

    public static (Paging Paging, IResult? Error) From(int? limit, int? offset)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return (default, Problems.BadParameter("limit", $"must be between 1 and {MaxLimit}"));
        }

        if (offset is < 0)
        {
            return (default, Problems.BadParameter("offset", "must not be negative"));
        }

        return (new Paging(limit ?? DefaultLimit, offset ?? 0), null);
    }
}
