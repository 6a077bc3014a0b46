using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Identify;

namespace Parley.Tests.Model;

public sealed class DocumentIdentityTests
{
    [Fact]
    public void The_id_is_16_hex_digits_and_does_not_change_between_versions()
    {
        // Pinned: ids name stored documents; changing the hash or normalization is a schema change.
        Assert.Equal("930b67f4b1538658", DocumentIdentity.IdOf("Trump met Moon at the White House."));
    }

    [Fact]
    public void Line_breaks_and_surrounding_space_do_not_change_the_id()
    {
        var a = DocumentIdentity.IdOf("First paragraph.\n\nSecond paragraph.");
        var b = DocumentIdentity.IdOf("  First paragraph.\r\nSecond   paragraph.\n");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Composed_and_decomposed_accents_give_one_id() =>
        Assert.Equal(DocumentIdentity.IdOf("Caf\u00e9 talks"), DocumentIdentity.IdOf("Cafe\u0301 talks"));

    [Fact]
    public void Different_words_give_different_ids() =>
        Assert.NotEqual(DocumentIdentity.IdOf("Trump met Moon."), DocumentIdentity.IdOf("Trump met Kim."));

    [Property]
    public Property Whitespace_variation_never_changes_the_id() =>
        Prop.ForAll(
            Gen.Elements("sanctions", "summit", "Kim", "Hanoi", "talks", "said").ArrayOf().ToArbitrary(),
            Gen.Elements(" ", "  ", "\n", "\r\n", "\t", "\n\n").ArrayOf().ToArbitrary(),
            (words, separators) =>
            {
                var plain = string.Join(' ', words);
                var varied = string.Concat(words.Select((w, i) => w + (separators.Length > 0 ? separators[i % separators.Length] : " ")));
                return DocumentIdentity.IdOf(plain) == DocumentIdentity.IdOf(varied);
            });
}
