using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Boilerplate.Cli.Records;

namespace Boilerplate.Tests.Cli;

/// <summary>
/// <see cref="JsonRecord"/> against <see cref="JsonDocument"/>, which batch used before: the same fields, values,
/// errors and written bytes on lines chosen to differ where a hand-written reader could.
/// </summary>
public sealed class JsonRecordTests
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Lines => new()
    {
        """{"id":"a","text":"one\ntwo\tthree \"q\" \\ \/ \b\f\r","url":"https://example.org/"}""",
        """{"t\u0065xt":"escaped name","n\u00e9":"\u003c\u0026\u2028\u00e9 \ud83d\ude00 \u0000"}""",
        """{"id":1e5,"nums":[-0,1.50E+3,0.0,123456789012345678901234567890],"o":{"k\"":{"z":[[]]},"e":{}},"b":[true,false,null]}""",
        """{"id":"first","text":"x","id":"last"}""",
        """{"html":null,"text":"fallback","title":null,"metadata":{"a":1},"removed":[1]}""",
        """ {"text":"white space around"} """,
        "{\"text\":\"caf\u00e9 \u65e5\u672c \U0001F600 plain UTF-8\"}",
        """{}""",
    };

    public static TheoryData<string> Invalid => new()
    {
        "not json",
        """{"text":"unterminated""",
        """{"text":"x"} {"a":1}""",
        """{"text":"tab	inside"}""",
        """{"d":""" + new string('[', 70) + new string(']', 70) + "}",
        """{"a":1,}""",
        """[1,2""",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Parse_ValidLine_FindsWhatJsonDocumentFinds(string line)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(line);
        using var document = JsonDocument.Parse(utf8);

        var record = JsonRecord.Parse(utf8);

        Assert.Equal(document.RootElement.ValueKind, record.Kind);
        Assert.Equal(document.RootElement.EnumerateObject().Count(), record.Fields.Count);
        foreach ((string name, JsonFieldName field) in new[] { ("id", JsonFieldName.Id), ("text", JsonFieldName.Text), ("html", JsonFieldName.Html), ("url", JsonFieldName.Url), ("title", JsonFieldName.Title) })
        {
            bool expected = document.RootElement.TryGetProperty(name, out JsonElement element);
            Assert.Equal(expected, record.TryGetField(field, out JsonRecordField found));
            if (!expected)
            {
                continue;
            }

            Assert.Equal(element.ValueKind, found.Kind);
            if (element.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(element.GetString(), record.GetString(found));
            }
            else
            {
                Assert.Equal(element.GetRawText(), record.GetRawText(found));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void WriteTo_EveryField_WritesWhatJsonPropertyWrites(string line)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(line);
        using var document = JsonDocument.Parse(utf8);
        var record = JsonRecord.Parse(utf8);

        string expected = Write(json =>
        {
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(json);
            }
        });
        string actual = Write(json =>
        {
            foreach (JsonRecordField field in record.Fields)
            {
                record.WriteTo(json, field);
            }
        });

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidLine_ThrowsJsonDocumentsError(string line)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(line);
        JsonException expected = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(utf8).Dispose());

        JsonException actual = Assert.ThrowsAny<JsonException>(() => JsonRecord.Parse(utf8));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Theory]
    [InlineData("""{"text":"a\ud800b"}""")]
    [InlineData("""{"text":"a\udc00b"}""")]
    [InlineData("""{"text":"a\ud800\u0041"}""")]
    public void GetString_UnpairedSurrogateEscape_ThrowsAsJsonElementDoes(string line)
    {
        AssertGetStringThrowsAsJsonElementDoes(Encoding.UTF8.GetBytes(line));
    }

    [Fact]
    public void GetString_InvalidUtf8_ThrowsAsJsonElementDoes()
    {
        AssertGetStringThrowsAsJsonElementDoes([.. "{\"text\":\"a"u8, 0xFF, 0xFE, .. "\\nb\"}"u8]);
    }

    private static void AssertGetStringThrowsAsJsonElementDoes(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var record = JsonRecord.Parse(utf8);
        Assert.True(record.TryGetField(JsonFieldName.Text, out JsonRecordField text));

        var expected = Assert.Throws<InvalidOperationException>(() => document.RootElement.GetProperty("text").GetString());
        var actual = Assert.Throws<InvalidOperationException>(() => record.GetString(text));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Theory]
    [InlineData("[1,2]", JsonValueKind.Array)]
    [InlineData("\"s\"", JsonValueKind.String)]
    [InlineData("12", JsonValueKind.Number)]
    [InlineData("null", JsonValueKind.Null)]
    public void Parse_NotAnObject_GivesItsKindAndNoFields(string line, JsonValueKind kind)
    {
        var record = JsonRecord.Parse(Encoding.UTF8.GetBytes(line));

        Assert.Equal(kind, record.Kind);
        Assert.Empty(record.Fields);
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
