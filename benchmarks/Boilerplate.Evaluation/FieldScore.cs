namespace Boilerplate.Evaluation;

/// <summary>One field's figures over a set of pages, as <c>../shared/eval/tools/score_meta.py</c> counts them.</summary>
/// <param name="Gold">Pages whose gold has the field.</param>
/// <param name="Answered">Of those, pages with a prediction.</param>
/// <param name="Match">Of those, pages whose prediction matches.</param>
/// <param name="FalseAlarm">Pages without the field in the gold that got a prediction.</param>
public readonly record struct FieldScore(int Gold, int Answered, int Match, int FalseAlarm)
{
    public double Rate => Gold == 0 ? 0 : (double)Match / Gold;

    public FieldScore Add(FieldScore other) => new(Gold + other.Gold, Answered + other.Answered, Match + other.Match, FalseAlarm + other.FalseAlarm);
}
