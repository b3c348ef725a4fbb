using System.Globalization;

namespace Archive.Lucene.Search;

/// <summary>
/// A query or search parameter the archive refuses: a stable <see cref="Code"/> for programs, an English
/// <see cref="Message"/> for people reading the API, and the <see cref="Values"/> the message is made of, so that
/// the web page can say the same in Danish. Every code and its English wording are defined here and nowhere else.
/// </summary>
public sealed record SearchProblem(string Code, string Message, IReadOnlyDictionary<string, string> Values)
{
    public static SearchProblem UnclosedQuote() =>
        new(SearchProblemCodes.UnclosedQuote, "A quotation mark is not closed: a phrase needs a \" at both ends.", NoValues);

    public static SearchProblem UnopenedParenthesis() =>
        new(SearchProblemCodes.UnopenedParenthesis, "A closing parenthesis ')' has no opening '('.", NoValues);

    public static SearchProblem UnclosedParenthesis() =>
        new(SearchProblemCodes.UnclosedParenthesis, "A parenthesis '(' is not closed.", NoValues);

    public static SearchProblem DanglingOperator(string op) =>
        new(SearchProblemCodes.DanglingOperator, $"'{op}' needs a word on both sides.", With(("operator", op)));

    public static SearchProblem LeadingWildcard() =>
        new(SearchProblemCodes.LeadingWildcard, "A word cannot start with * or ?: give at least its first letters (e.g. misbrug*).", NoValues);

    public static SearchProblem EmptyField() =>
        new(SearchProblemCodes.EmptyField, "A field name needs a value after the colon, e.g. council:Udsatterådet.", NoValues);

    /// <summary>What the parser could not read, near <paramref name="position"/> (1-based) when it said where.</summary>
    public static SearchProblem UnreadableQuery(string? position) =>
        new(
            SearchProblemCodes.UnreadableQuery,
            $"The query could not be read{(position is null ? string.Empty : $" near character {position}")}. Use words, \"phrases\", OR, -word, field:value, word* or word~; put special characters (+ - ! ( ) {{ }} [ ] ^ \" ~ * ? : \\) in quotes.",
            position is null ? NoValues : With(("position", position)));

    public static SearchProblem UnknownField(string field, IEnumerable<string> fields)
    {
        var known = string.Join(", ", fields);
        return new(
            SearchProblemCodes.UnknownField,
            $"Unknown field '{field}:'. Fields you can search: {known}. To search for words with a colon, put them in quotes.",
            With(("field", field), ("fields", known)));
    }

    public static SearchProblem PhraseDistanceOutOfRange(string phrase, int distance) =>
        new(
            SearchProblemCodes.PhraseDistanceOutOfRange,
            $"The distance after ~ in \"{phrase}\"~{distance} must be from 0 to {SearchLimits.MaxPhraseSlop}.",
            With(("phrase", phrase), ("value", Text(distance)), ("max", Text(SearchLimits.MaxPhraseSlop))));

    public static SearchProblem ShortWildcardWord(string word) =>
        new(
            SearchProblemCodes.ShortWildcardWord,
            $"'{word}': a word needs at least {SearchLimits.MinLettersBeforeWildcard} letters before * or ?.",
            With(("word", word), ("min", Text(SearchLimits.MinLettersBeforeWildcard))));

    public static SearchProblem TooManyWildcards(string word, int wildcards) =>
        new(
            SearchProblemCodes.TooManyWildcards,
            $"'{word}' has {wildcards} wildcards (* or ?); a word may have at most {SearchLimits.MaxWildcardsPerWord}.",
            With(("word", word), ("count", Text(wildcards)), ("max", Text(SearchLimits.MaxWildcardsPerWord))));

    public static SearchProblem TooManyExpandingWords() =>
        new(
            SearchProblemCodes.TooManyExpandingWords,
            $"The query has more than {SearchLimits.MaxExpandingWords} words with *, ? or ~; at most {SearchLimits.MaxExpandingWords} are allowed.",
            With(("max", Text(SearchLimits.MaxExpandingWords))));

    public static SearchProblem TooManyFuzzyWords() =>
        new(
            SearchProblemCodes.TooManyFuzzyWords,
            $"The query has more than {SearchLimits.MaxFuzzyWords} words with ~; at most {SearchLimits.MaxFuzzyWords} are allowed.",
            With(("max", Text(SearchLimits.MaxFuzzyWords))));

    public static SearchProblem QueryTooLong(int length) =>
        new(
            SearchProblemCodes.QueryTooLong,
            $"The query is {length} characters long; at most {SearchLimits.MaxQueryLength} are allowed.",
            With(("length", Text(length)), ("max", Text(SearchLimits.MaxQueryLength))));

    public static SearchProblem NotADate(string parameter, string value) =>
        new(
            SearchProblemCodes.NotADate,
            $"'{value}' is not a date: use yyyy-MM-dd, yyyy-MM or yyyy.",
            With(("parameter", parameter), ("value", value)));

    public static SearchProblem RangeReversed(string from, string to) =>
        new(SearchProblemCodes.RangeReversed, $"from ({from}) is after to ({to}).", With(("from", from), ("to", to)));

    /// <summary>A parameter that takes one of a few words (sort, format, correct) got another.</summary>
    public static SearchProblem UnknownValue(string parameter, string value, params string[] allowed)
    {
        var choices = string.Join(", ", allowed[..^1]) + " or " + allowed[^1];
        return new(
            SearchProblemCodes.UnknownValue,
            $"{parameter} cannot be '{value}': use {choices}.",
            With(("parameter", parameter), ("value", value), ("allowed", string.Join(", ", allowed))));
    }

    /// <summary>A whole number outside its range, or not a whole number; without <paramref name="max"/> only the least is bounded.</summary>
    public static SearchProblem ParameterOutOfRange(string parameter, string value, int min, int? max = null) =>
        new(
            SearchProblemCodes.ParameterOutOfRange,
            max is { } most
                ? $"{parameter} must be a whole number from {min} to {most} (got '{value}')."
                : $"{parameter} must be a whole number of at least {min} (got '{value}').",
            max is { } highest
                ? With(("parameter", parameter), ("value", value), ("min", Text(min)), ("max", Text(highest)))
                : With(("parameter", parameter), ("value", value), ("min", Text(min))));

    public static SearchProblem BeyondResultWindow() =>
        new(
            SearchProblemCodes.BeyondResultWindow,
            $"Results past position {SearchLimits.MaxResultWindow.ToString("N0", CultureInfo.InvariantCulture)} cannot be paged to; narrow the search with words or filters, or export it as CSV.",
            With(("parameter", "page"), ("max", Text(SearchLimits.MaxResultWindow))));

    public static SearchProblem NotAYear(string value) =>
        new(
            SearchProblemCodes.NotAYear,
            $"year must be a year of four digits, such as 2019 (got '{value}').",
            With(("parameter", "year"), ("value", value)));

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    private static Dictionary<string, string> With(params (string Name, string Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The codes of <see cref="SearchProblem"/>: part of the API, so a code is never renamed, only added.</summary>
public static class SearchProblemCodes
{
    public const string UnclosedQuote = "unclosed-quote";
    public const string UnopenedParenthesis = "unopened-parenthesis";
    public const string UnclosedParenthesis = "unclosed-parenthesis";
    public const string DanglingOperator = "dangling-operator";
    public const string LeadingWildcard = "leading-wildcard";
    public const string EmptyField = "empty-field";
    public const string UnreadableQuery = "unreadable-query";
    public const string UnknownField = "unknown-field";
    public const string PhraseDistanceOutOfRange = "phrase-distance-out-of-range";
    public const string ShortWildcardWord = "short-wildcard-word";
    public const string TooManyWildcards = "too-many-wildcards";
    public const string TooManyExpandingWords = "too-many-expanding-words";
    public const string TooManyFuzzyWords = "too-many-fuzzy-words";
    public const string QueryTooLong = "query-too-long";
    public const string NotADate = "not-a-date";
    public const string RangeReversed = "range-reversed";
    public const string UnknownValue = "unknown-value";
    public const string ParameterOutOfRange = "parameter-out-of-range";
    public const string BeyondResultWindow = "beyond-result-window";
    public const string NotAYear = "not-a-year";

    /// <summary>Every code, for the API's consumers and for the check that the web page words each one.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnclosedQuote, UnopenedParenthesis, UnclosedParenthesis, DanglingOperator, LeadingWildcard, EmptyField,
        UnreadableQuery, UnknownField, PhraseDistanceOutOfRange, ShortWildcardWord, TooManyWildcards,
        TooManyExpandingWords, TooManyFuzzyWords, QueryTooLong, NotADate, RangeReversed, UnknownValue,
        ParameterOutOfRange, BeyondResultWindow, NotAYear,
    ];
}
