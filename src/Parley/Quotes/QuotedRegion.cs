using Parley.Model;

namespace Parley.Quotes;

/// <summary>
/// A run of quoted words between an opening token <see cref="Open"/> and a closing token
/// <see cref="Close"/> (exclusive bounds on the content; <see cref="Close"/> may be the token
/// after the paragraph's last when a quote runs on into the next paragraph). Segments of one
/// quotation continued across paragraphs share <see cref="Chain"/>.
/// </summary>
internal readonly record struct QuotedRegion(Span Content, int Open, int Close, int Chain, bool Closed);
