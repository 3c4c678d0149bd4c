using System.Globalization;

namespace Boilerplate.Metadata;

/// <summary>
/// Reads dates culture-invariantly: ISO 8601 (time and zone kept when given), numeric forms (<c>2025/09/04</c>,
/// <c>04.09.2025</c>, <c>9/4/2025</c> only when the day is over 12), month names and their abbreviations in the languages the
/// lexicons cover (<c>September 4, 2025</c>, <c>4. September 2025</c>, <c>4 de septiembre de 2025</c>) and
/// <c>2025年9月4日</c>. A date before 1990 or after today is no date.
/// </summary>
internal static class MetadataDates
{
    private const int FirstYear = 1990;

    // Full month names, January first, of English, German, French, Spanish, Italian, Portuguese, Dutch, Russian (both
    // cases) and Arabic; their prefixes of three letters or more stand for the month too, unless two months share one.
    private static readonly string[][] s_monthNames =
    [
        ["january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "января", "январь", "يناير"],
        ["february", "februar", "février", "febrero", "febbraio", "fevereiro", "februari", "февраля", "февраль", "فبراير"],
        ["march", "märz", "mars", "marzo", "março", "maart", "марта", "март", "مارس"],
        ["april", "avril", "abril", "aprile", "апреля", "апрель", "أبريل"],
        ["may", "mai", "mayo", "maggio", "maio", "mei", "мая", "май", "مايو"],
        ["june", "juni", "juin", "junio", "giugno", "junho", "июня", "июнь", "يونيو"],
        ["july", "juli", "juillet", "julio", "luglio", "julho", "июля", "июль", "يوليو"],
        ["august", "août", "agosto", "augustus", "августа", "август", "أغسطس"],
        ["september", "septembre", "septiembre", "settembre", "setembro", "сентября", "сентябрь", "سبتمبر"],
        ["october", "oktober", "octobre", "octubre", "ottobre", "outubro", "октября", "октябрь", "أكتوبر"],
        ["november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "نوفمبر"],
        ["december", "dezember", "décembre", "diciembre", "dicembre", "dezembro", "декабря", "декабрь", "ديسمبر"],
    ];

    private static readonly Dictionary<string, int> s_months = BuildMonths();

    // Words that may stand between a date's parts: ordinal suffixes and "of"/"de".
    private static readonly HashSet<string> s_fillers = new(StringComparer.Ordinal) { "st", "nd", "rd", "th", "of", "de", "del", "er", "e", "º" };

    /// <summary>Normalises a date value from markup (ISO 8601 mostly, sometimes prose) to ISO 8601; <see langword="null"/> when it is none.</summary>
    public static string? Normalize(string? value, DateTime today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        ReadOnlySpan<char> text = value.AsSpan().Trim();
        return TryIso(text, today, out string? iso) ? iso : Find(text, today);
    }

    /// <summary>The first date written in <paramref name="text"/> (a byline, a date stamp), as <c>yyyy-MM-dd</c>.</summary>
    public static string? Find(ReadOnlySpan<char> text, DateTime today)
    {
        if (text.Length > 400)
        {
            text = text[..400];
        }

        Span<Token> tokens = stackalloc Token[48];
        int count = Tokenize(text, tokens);
        for (int i = 0; i < count; i++)
        {
            if (TryAt(text, tokens[..count], i, today, out string? date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>ISO 8601 at the start of the text: <c>yyyy-MM-dd</c>, then optionally <c>T</c> or a space, <c>HH:mm[:ss[.fff]]</c> and <c>Z</c> or <c>±HH[:]mm</c>.</summary>
    private static bool TryIso(ReadOnlySpan<char> s, DateTime today, out string? iso)
    {
        iso = null;
        if (s.Length < 10 || !Digits(s[..4], out int year) || s[4] != '-' || !Digits(s.Slice(5, 2), out int month) || s[7] != '-' || !Digits(s.Slice(8, 2), out int day))
        {
            return false;
        }

        if (!Valid(year, month, day, today))
        {
            return true; // an ISO date out of range is dropped, not searched for another one
        }

        string date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        iso = date;
        ReadOnlySpan<char> rest = s[10..];
        if (rest.Length < 6 || rest[0] is not ('T' or ' ') || !Digits(rest.Slice(1, 2), out int hour) || rest[3] != ':' || !Digits(rest.Slice(4, 2), out int minute) || hour > 23 || minute > 59)
        {
            return true;
        }

        int second = 0;
        rest = rest[6..];
        if (rest.Length >= 3 && rest[0] == ':' && Digits(rest.Slice(1, 2), out second))
        {
            rest = rest[3..];
            if (rest.Length > 0 && rest[0] is '.' or ',')
            {
                int k = 1;
                while (k < rest.Length && char.IsAsciiDigit(rest[k]))
                {
                    k++;
                }

                rest = rest[k..];
            }
        }

        if (second > 59)
        {
            return true;
        }

        string time = string.Create(CultureInfo.InvariantCulture, $"{date}T{hour:D2}:{minute:D2}:{second:D2}");
        rest = rest.TrimStart();
        if (rest.Length >= 1 && rest[0] is 'Z' or 'z')
        {
            iso = time + "Z";
        }
        else if (rest.Length >= 3 && rest[0] is '+' or '-' && Digits(rest.Slice(1, 2), out int offsetHours) && offsetHours <= 14)
        {
            ReadOnlySpan<char> minutes = rest.Length >= 6 && rest[3] == ':' ? rest.Slice(4, 2) : rest.Length >= 5 ? rest.Slice(3, 2) : "00";
            iso = Digits(minutes, out int offsetMinutes) && offsetMinutes < 60
                ? string.Create(CultureInfo.InvariantCulture, $"{time}{rest[0]}{offsetHours:D2}:{offsetMinutes:D2}")
                : time;
        }
        else
        {
            iso = time;
        }

        return true;
    }

    private enum Kind : byte
    {
        Number,
        Month,
        Word,
        Separator,
    }

    private readonly record struct Token(Kind Kind, int Start, int Length, int Value, char Separator);

    private static int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        int count = 0, i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            char c = text[i];
            int start = i;
            if (char.IsAsciiDigit(c))
            {
                int value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 9)
                {
                    value = (value * 10) + text[i] - '0';
                    i++;
                }

                tokens[count++] = new Token(Kind.Number, start, i - start, value, '\0');
            }
            else if (char.IsLetter(c) && c is not ('年' or '月' or '日'))
            {
                while (i < text.Length && char.IsLetter(text[i]) && text[i] is not ('年' or '月' or '日'))
                {
                    i++;
                }

                int month = MonthOf(text[start..i]);
                tokens[count++] = new Token(month > 0 ? Kind.Month : Kind.Word, start, i - start, month, '\0');
            }
            else
            {
                i++;
                if (c is '-' or '/' or '.' or '年' or '月' or '日')
                {
                    tokens[count++] = new Token(Kind.Separator, start, 1, 0, c);
                }
            }
        }

        return count;
    }

    private static bool TryAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, int i, DateTime today, out string? date)
    {
        date = null;
        Token first = t[i];
        if (first.Kind == Kind.Number && first.Length == 4)
        {
            // yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd, yyyy年M月d日: the separators must agree.
            if (i + 4 < t.Length && t[i + 1].Kind == Kind.Separator && t[i + 2].Kind == Kind.Number && t[i + 2].Length <= 2
                && t[i + 3].Kind == Kind.Separator && t[i + 4].Kind == Kind.Number && t[i + 4].Length <= 2
                && (t[i + 1].Separator == t[i + 3].Separator || (t[i + 1].Separator == '年' && t[i + 3].Separator == '月')))
            {
                return Make(first.Value, t[i + 2].Value, t[i + 4].Value, today, out date);
            }

            return false;
        }

        if (first.Kind == Kind.Number && first.Length <= 2)
        {
            // d.M.yyyy is day first; d/M/yyyy and M/d/yyyy only when one of them is over 12.
            if (i + 4 < t.Length && t[i + 1].Kind == Kind.Separator && t[i + 2].Kind == Kind.Number && t[i + 2].Length <= 2
                && t[i + 3].Kind == Kind.Separator && t[i + 3].Separator == t[i + 1].Separator && t[i + 4].Kind == Kind.Number && t[i + 4].Length == 4)
            {
                int a = first.Value, b = t[i + 2].Value, year = t[i + 4].Value;
                if (t[i + 1].Separator == '.' || a > 12)
                {
                    return Make(year, b, a, today, out date);
                }

                return b > 12 && Make(year, a, b, today, out date);
            }

            // d [.] [de] Month [de] [,] yyyy
            int k = SkipFillers(text, t, i + 1);
            if (k < t.Length && t[k].Kind == Kind.Month)
            {
                int y = SkipFillers(text, t, k + 1);
                return y < t.Length && t[y].Kind == Kind.Number && t[y].Length == 4 && Make(t[y].Value, t[k].Value, first.Value, today, out date);
            }

            return false;
        }

        if (first.Kind == Kind.Month)
        {
            // Month [.] d [th] [,] yyyy
            int d = SkipFillers(text, t, i + 1);
            if (d < t.Length && t[d].Kind == Kind.Number && t[d].Length <= 2)
            {
                int y = SkipFillers(text, t, d + 1);
                return y < t.Length && t[y].Kind == Kind.Number && t[y].Length == 4 && Make(t[y].Value, first.Value, t[d].Value, today, out date);
            }
        }

        return false;
    }

    private static int SkipFillers(ReadOnlySpan<char> text, ReadOnlySpan<Token> t, int k)
    {
        while (k < t.Length && (t[k].Kind == Kind.Separator && t[k].Separator == '.'
            || (t[k].Kind == Kind.Word && s_fillers.Contains(text.Slice(t[k].Start, t[k].Length).ToString().ToLowerInvariant()))))
        {
            k++;
        }

        return k;
    }

    private static bool Make(int year, int month, int day, DateTime today, out string? date)
    {
        date = Valid(year, month, day, today) ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}") : null;
        return date is not null;
    }

    private static bool Valid(int year, int month, int day, DateTime today) =>
        year >= FirstYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Min(year, 9999), month)
        && new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc) <= today.Date.AddDays(1);

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + c - '0';
        }

        return true;
    }

    /// <summary>Whether a word is a month's name or abbreviation.</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => MonthOf(word.TrimEnd('.')) > 0;

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 12)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
#if NET9_0_OR_GREATER
        return s_months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out int month) ? month : 0;
#else
        return s_months.TryGetValue(new string(lower), out int month) ? month : 0;
#endif
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (int m = 0; m < s_monthNames.Length; m++)
        {
            foreach (string name in s_monthNames[m])
            {
                for (int length = Math.Min(3, name.Length); length <= name.Length; length++)
                {
                    string prefix = name[..length];
                    if (months.TryGetValue(prefix, out int other) && other != m + 1)
                    {
                        shared.Add(prefix);
                    }

                    months[prefix] = m + 1;
                }
            }
        }

        // A full name wins over another month's prefix; a prefix two months share means neither.
        foreach (string prefix in shared)
        {
            months.Remove(prefix);
        }

        for (int m = 0; m < s_monthNames.Length; m++)
        {
            foreach (string name in s_monthNames[m])
            {
                months[name] = m + 1;
            }
        }

        return months;
    }
}
