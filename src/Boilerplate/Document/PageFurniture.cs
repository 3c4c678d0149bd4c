namespace Boilerplate;

/// <summary>
/// The page's furniture as the markup marks it: a container named as boilerplate, or a navigation, header, footer or
/// aside element. Text dumps set none of these traits.
/// </summary>
internal static class PageFurniture
{
    public const BlockTraits Traits = BlockTraits.InBoilerplateContainer | BlockTraits.InNavigation | BlockTraits.InHeader
        | BlockTraits.InFooter | BlockTraits.InAside;

    /// <summary>Whether <paramref name="block"/> sits in the page's furniture.</summary>
    public static bool Holds(in Block block) => (block.Traits & Traits) != 0;
}
