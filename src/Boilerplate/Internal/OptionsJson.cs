using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Boilerplate.Internal;

/// <summary>
/// Reads <see cref="BoilerplateOptions"/> from JSON, source-generated so the library stays trimmable. The preset is read
/// first, then the document is read into options created from it, so a filter option given in the JSON changes only that
/// option of the preset's filter options.
/// </summary>
internal static class OptionsJson
{
    public static BoilerplateOptions Read(string json)
    {
        BoilerplatePreset preset = JsonSerializer.Deserialize(json, OptionsJsonContext.Default.PresetOnly)?.Preset ?? BoilerplatePreset.Balanced;
        var options = new JsonSerializerOptions(OptionsJsonContext.Default.Options)
        {
            TypeInfoResolver = OptionsJsonContext.Default.WithAddedModifier(info =>
            {
                if (info.Type == typeof(BoilerplateOptions))
                {
                    info.CreateObject = () => BoilerplateOptions.ForPreset(preset);
                }
            }),
        };
        return JsonSerializer.Deserialize(json, (JsonTypeInfo<BoilerplateOptions>)options.GetTypeInfo(typeof(BoilerplateOptions)))
            ?? throw new JsonException("The options are null.");
    }

    /// <summary>The preset of an options document, read before the rest.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
    internal sealed class PresetOnly
    {
        public BoilerplatePreset Preset { get; set; }
    }
}

[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UseStringEnumConverter = true,
    PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(BoilerplateOptions))]
[JsonSerializable(typeof(OptionsJson.PresetOnly))]
internal sealed partial class OptionsJsonContext : JsonSerializerContext;
