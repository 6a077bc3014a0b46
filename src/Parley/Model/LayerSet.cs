namespace Parley.Model;

/// <summary>
/// The annotation layers of one document. Each layer is written once, by the stage that assigns
/// it, and is then read-only. Invariants checked on write: every span lies within the text, and
/// a layer is ordered by start, then end.
/// </summary>
public sealed class LayerSet(int textLength)
{
    private readonly Dictionary<string, object> _layers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _transient = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _layers.Keys;

    /// <summary>Every assigned layer, by name, as untyped annotations (for output).</summary>
    public IEnumerable<KeyValuePair<string, IEnumerable<IAnnotation>>> All =>
        _layers.Select(pair => KeyValuePair.Create(pair.Key, AsAnnotations(pair.Value)));

    /// <summary>The layers the store keeps (see <see cref="LayerKey{T}.Stored"/>).</summary>
    public IEnumerable<KeyValuePair<string, IEnumerable<IAnnotation>>> Stored =>
        All.Where(pair => !_transient.Contains(pair.Key));

    public bool Contains(ILayerKey key) => _layers.ContainsKey(key.Name);

    public void Set<T>(LayerKey<T> key, IEnumerable<T> annotations)
        where T : IAnnotation
    {
        if (_layers.ContainsKey(key.Name))
        {
            throw new InvalidOperationException($"layer '{key.Name}' was already assigned; a layer is written once");
        }

        var sorted = annotations.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End).ToArray();
        foreach (var annotation in sorted)
        {
            if (!annotation.Span.IsWithin(textLength))
            {
                throw new ArgumentException(
                    $"layer '{key.Name}': span {annotation.Span} lies outside the text of length {textLength}");
            }
        }

        _layers[key.Name] = sorted;
        if (!key.Stored)
        {
            _transient.Add(key.Name);
        }
    }

    private static IEnumerable<IAnnotation> AsAnnotations(object layer) => ((System.Collections.IEnumerable)layer).Cast<IAnnotation>();

    public IReadOnlyList<T> Get<T>(LayerKey<T> key)
        where T : IAnnotation =>
        _layers.TryGetValue(key.Name, out var layer)
            ? (IReadOnlyList<T>)layer
            : throw new InvalidOperationException($"layer '{key.Name}' has not been assigned by any stage");

    public IReadOnlyList<T>? TryGet<T>(LayerKey<T> key)
        where T : IAnnotation =>
        _layers.TryGetValue(key.Name, out var layer) ? (IReadOnlyList<T>)layer : null;
}
