namespace Boilerplate.Internal;

/// <summary>Collects option errors in one format: "Type.Property must be rule (was value)."</summary>
internal static class OptionCheck
{
    public static void Require(ICollection<string> errors, bool valid, string type, string property, string rule, object value)
    {
        if (!valid)
        {
            errors.Add($"{type}.{property} must be {rule} (was {value}).");
        }
    }
}
