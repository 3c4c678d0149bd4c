using Boilerplate.Internal;

namespace Boilerplate.Filters.MainRegion;

/// <summary>Options of <see cref="MainRegionFilter"/>.</summary>
public sealed class MainRegionOptions
{
    /// <summary>Kept blocks separated by more than this many words of dropped blocks belong to different regions.</summary>
    /// <value>The default value is 40.</value>
    public int MaxGapWords { get; set; } = 40;

    /// <summary>Kept blocks separated by more than this many dropped blocks belong to different regions.</summary>
    /// <value>The default value is 8.</value>
    public int MaxGapBlocks { get; set; } = 8;

    /// <summary>A region smaller than this share of the largest region's characters is boilerplate (a teaser, an author box).</summary>
    /// <value>The default value is 0.25.</value>
    public double MinRegionShare { get; set; } = 0.25;

    internal void Validate(ICollection<string> errors)
    {
        const string type = nameof(MainRegionOptions);
        OptionCheck.Require(errors, MaxGapWords >= 0, type, nameof(MaxGapWords), "at least 0", MaxGapWords);
        OptionCheck.Require(errors, MaxGapBlocks >= 0, type, nameof(MaxGapBlocks), "at least 0", MaxGapBlocks);
        OptionCheck.Require(errors, MinRegionShare is >= 0 and <= 1, type, nameof(MinRegionShare), "in [0, 1]", MinRegionShare);
    }

    internal MainRegionOptions Clone() => (MainRegionOptions)MemberwiseClone();
}
