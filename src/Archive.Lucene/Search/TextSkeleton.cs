using System.Text;

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

    public static string Of(ReadOnlySpan<char> text)
    {
        var skeleton = new StringBuilder(text.Length);
        var last = '\0';
        foreach (var character in text)
        {
            if (!char.IsLetterOrDigit(character))
            {
                continue;
            }

            var letter = char.ToLowerInvariant(character) switch
            {
                'a' or 'e' or 'o' or 'å' or 'æ' or 'ø' or 'ä' or 'ö' => Vowel,
                var other => other,
            };
            if (letter != last)
            {
                skeleton.Append(letter);
                last = letter;
            }
        }

        return skeleton.ToString();
    }
}
