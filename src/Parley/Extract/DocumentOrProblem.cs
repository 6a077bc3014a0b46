using Parley.Model;
using Parley.Read;

namespace Parley.Extract;

/// <summary>The outcome of making a document: exactly one of the two is set.</summary>
public sealed record DocumentOrProblem(Document? Document, InputProblem? Problem);
