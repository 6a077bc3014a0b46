namespace Parley.Read;

/// <summary>
/// Reads '\n'-terminated lines of bytes from a stream holding at most one line in memory, and at
/// most <c>maxLineBytes</c> of it: a longer line is skipped to its end and reported as too long,
/// so a 100 MB line costs no more memory than a short one.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _filled;

    public readonly record struct Line(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong, bool Terminated);

    public IEnumerable<Line> ReadLines()
    {
        var number = 0;
        var current = new MemoryStream();
        long length = 0;
        var tooLong = false;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    if (length > 0)
                    {
                        number++;
                        yield return new Line(number, tooLong ? default : current.ToArray(), length, tooLong, false);
                    }

                    yield break;
                }
            }

            var chunk = _buffer.AsSpan(_position, _filled - _position);
            var newline = chunk.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : chunk.Length;
            length += take;
            if (!tooLong && length > maxLineBytes)
            {
                tooLong = true;
                current.SetLength(0);
            }

            if (!tooLong)
            {
                current.Write(chunk[..take]);
            }

            _position += newline >= 0 ? take + 1 : take;
            if (newline < 0)
            {
                continue;
            }

            number++;
            yield return new Line(number, tooLong ? default : current.ToArray(), length, tooLong, true);
            current.SetLength(0);
            length = 0;
            tooLong = false;
        }
    }
}
