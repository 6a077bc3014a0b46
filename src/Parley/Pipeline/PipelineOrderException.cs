namespace Parley.Pipeline;

/// <summary>Thrown when a pipeline is built with stages in an order that cannot work.</summary>
public sealed class PipelineOrderException(string message) : Exception(message);
