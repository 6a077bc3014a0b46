using Microsoft.AspNetCore.Http;

namespace Parley.Web;

/// <summary>The dashboard's stylesheet and script, embedded in the assembly and cached by browsers.</summary>
internal static class Assets
{
    public static IResult Serve(string name, HttpContext context)
    {
        var stream = typeof(Assets).Assembly.GetManifestResourceStream("assets/" + name);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=3600";
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            _ => "application/octet-stream",
        };
        return TypedResults.Stream(stream, type);
    }
}
