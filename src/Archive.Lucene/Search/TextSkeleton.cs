using System.Buffers;

namespace Archive.Lucene.Search;

/// <summary>
/// A coarse form of a text in which every term the analyzer takes from the text stands as a substring: lower case,
/// letters and digits only, the vowels the Scandinavian folding touches (a, e, o, å, æ, ø, ä, ö) as one letter, and
/// a run of one letter as one. Each step of the analysis keeps that true: the tokenizer and the section joining drop
/// signs and spaces, the folding turns aa, ao, ae, oe and oo into å, æ and ø (one vowel either way), stop words only
/// remove, the stemmer and the stem overrides cut endings, and a compound's parts are pieces of it. So a page whose
/// skeleton holds none of the searched terms' skeletons has no match, and snippets need not analyze it.
/// </summary>
internal static class TextSkeleton
{
    private const char Vowel = 'a';

    public static string Of(ReadOnlySpan<char> text) => Of(text, []);

    /// <summary>
    /// The skeleton, and in <paramref name="origins"/> (at least as long as the text, or empty) the index in the
    /// text of the character each letter of the skeleton comes from: where in a page a term may stand.
    /// </summary>
    public static string Of(ReadOnlySpan<char> text, Span<int> origins)
    {
        // Every page of every hit passes through here, so no builder: one pooled buffer, then the string.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            var last = '\0';
            for (var i = 0; i < text.Length; i++)
            {
                var letter = Letter(text[i]);
                if (letter != '\0' && letter != last)
                {
                    if (!origins.IsEmpty)
                    {
                        origins[length] = i;
                    }

                    buffer[length++] = letter;
                    last = letter;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The skeleton's letter for a character; '\0' for one the skeleton drops.</summary>
    private static char Letter(char character)
    {
        if (char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character))
        {
            return character is 'a' or 'e' or 'o' ? Vowel : character;
        }

        if (char.IsAsciiLetterUpper(character))
        {
            return Letter((char)(character | 0x20));
        }

        if (character < 128 || !char.IsLetterOrDigit(character))
        {
            return '\0';
        }

        return char.ToLowerInvariant(character) is 'å' or 'æ' or 'ø' or 'ä' or 'ö' ? Vowel : char.ToLowerInvariant(character);
    }
}
