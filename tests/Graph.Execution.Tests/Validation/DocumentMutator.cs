using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Execution.Tests.Validation;

/// <summary>
/// Generates invalid-ish documents from valid ones for the differential test: token-level edits that rename fields,
/// types, arguments and variables (also to near-miss spellings, which exercises "Did you mean"), drop argument lists
/// and selection sets, swap literal values, add aliases and directives, and duplicate lines. Deterministic per seed.
/// </summary>
public sealed partial class DocumentMutator(int seed, IReadOnlyList<string> vocabulary)
{
    private static readonly string[] Literals =
    [
        "1", "-3", "1.5", "1e3", "\"x\"", "\"\"\"block\"\"\"", "true", "false", "null", "SIT", "HEEL", "JUMP", "sit",
        "[]", "[1, 2]", "[true, null]", "{}", "{ name: \"Fido\" }", "{ name: 1 }", "{ cat: { name: \"x\" } }",
        "{ dog: null }", "{ cat: { name: \"x\" }, dog: { name: \"y\" } }", "$var", "$atOtherHomes", "2147483648",
    ];

    private static readonly string[] Directives =
    [
        "@skip(if: true)", "@include(if: $b)", "@skip", "@onField", "@onQuery", "@repeatable @repeatable",
        "@include(if: true) @include(if: false)", "@withArgs(required: 1)", "@unknown", "@deprecated",
    ];

    private static readonly string[] Types = ["Int", "Int!", "[Int]", "Boolean!", "String", "Dog", "FindDogInput", "[PetInput!]!", "DogCommand", "Unknown", "CatInput"];

    private readonly Random _random = new(seed);

    public string Mutate(string document)
    {
        var text = document;
        var edits = _random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text)
    {
        var tokens = Tokens().Matches(text).ToList();
        if (tokens.Count == 0)
        {
            return text;
        }

        var names = tokens.Where(t => char.IsLetter(t.Value[0]) || t.Value[0] == '_').ToList();
        var token = tokens[_random.Next(tokens.Count)];
        switch (_random.Next(9))
        {
            case 0 when names.Count > 0:
                return Replace(text, Pick(names), Pick(vocabulary));
            case 1 when names.Count > 0:
                var name = Pick(names);
                return Replace(text, name, Typo(name.Value));
            case 2:
                return DropGroup(text, '(', ')');
            case 3:
                return DropGroup(text, '{', '}');
            case 4:
                var literal = tokens.Where(t => t.Value[0] is '"' or '-' or '$' || char.IsDigit(t.Value[0]) || t.Value is "true" or "false" or "null" || IsUpper(t.Value)).ToList();
                return literal.Count > 0 ? Replace(text, Pick(literal), Pick(Literals)) : text;
            case 5 when names.Count > 0:
                var target = Pick(names);
                return text.Insert(target.Index + target.Length, " " + Pick(Directives));
            case 6 when names.Count > 0:
                var field = Pick(names);
                return text.Insert(field.Index, Pick(["x: ", "name: ", "dog: ", "barkVolume: ", "__typename: "]));
            case 7:
                var lines = text.Split('\n').ToList();
                var index = _random.Next(lines.Count);
                lines.Insert(index, lines[index]);
                return string.Join('\n', lines);
            case 8:
                var colon = tokens.Where(t => t.Value == ":" || t.Value == "on").ToList();
                if (colon.Count == 0)
                {
                    return text;
                }

                var after = Pick(colon);
                var next = tokens.FirstOrDefault(t => t.Index > after.Index);
                return next is null ? text : Replace(text, next, Pick(Types));
            default:
                return token.Value.StartsWith('$') ? Replace(text, token, "$" + Pick(vocabulary)) : text;
        }
    }

    private string DropGroup(string text, char open, char close)
    {
        var starts = Enumerable.Range(0, text.Length).Where(i => text[i] == open).ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var start = Pick(starts);
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] == open ? 1 : text[i] == close ? -1 : 0;
            if (depth == 0)
            {
                return text.Remove(start, i - start + 1);
            }
        }

        return text;
    }

    private string Typo(string name)
    {
        if (name.Length < 2)
        {
            return name + "x";
        }

        var i = _random.Next(name.Length - 1);
        var builder = new StringBuilder(name);
        switch (_random.Next(3))
        {
            case 0:
                builder.Remove(i, 1);
                break;
            case 1:
                (builder[i], builder[i + 1]) = (builder[i + 1], builder[i]);
                break;
            default:
                builder[i] = char.IsUpper(builder[i]) ? char.ToLowerInvariant(builder[i]) : char.ToUpperInvariant(builder[i]);
                break;
        }

        return builder.ToString();
    }

    private static bool IsUpper(string value) => value.Length > 1 && value.All(c => char.IsUpper(c) || c == '_');

    private static string Replace(string text, Match token, string replacement) =>
        text[..token.Index] + replacement + text[(token.Index + token.Length)..];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|\\$?[_A-Za-z][_0-9A-Za-z]*|[!:=@\\[\\](){}|]|\\.\\.\\.")]
    private static partial Regex Tokens();
}
