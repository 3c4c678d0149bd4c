namespace Boilerplate.Evaluation;

/// <summary>A data set's figures, as score.py reports them.</summary>
/// <param name="Pages">Number of pages scored.</param>
/// <param name="Precision">Mean precision over pages whose output has tokens.</param>
/// <param name="Recall">Mean recall over pages whose gold has tokens.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
public readonly record struct DatasetScore(int Pages, double Precision, double Recall, double F1);
