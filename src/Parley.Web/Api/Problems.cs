using Microsoft.AspNetCore.Http;

namespace Parley.Web.Api;

/// <summary>RFC 9457 problem details for the errors a client can fix.</summary>
internal static class Problems
{
    public static IResult BadParameter(string name, string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid parameter", detail: $"'{name}' {reason}");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
