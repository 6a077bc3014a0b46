using Parley.Extract;

namespace Parley.Tests.Extract;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The foreign minister said on Monday that the talks would resume after the government had agreed to lift some of the sanctions.")]
    [InlineData("fr", "Le ministre des affaires étrangères a déclaré lundi que les négociations reprendraient après que le gouvernement a accepté de lever une partie des sanctions.")]
    [InlineData("es", "El ministro de asuntos exteriores dijo el lunes que las negociaciones se reanudarían después de que el gobierno aceptara levantar parte de las sanciones.")]
    [InlineData("de", "Der Außenminister sagte am Montag, die Gespräche würden wieder aufgenommen, nachdem die Regierung zugestimmt hatte, einen Teil der Sanktionen aufzuheben.")]
    [InlineData("ru", "Министр иностранных дел заявил в понедельник, что переговоры возобновятся после того, как правительство согласилось снять часть санкций.")]
    public void News_text_is_identified(string expected, string text) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void Too_little_text_is_unknown_not_guessed() => Assert.Null(LanguageIdentifier.Identify("Talks, 2019"));
}
