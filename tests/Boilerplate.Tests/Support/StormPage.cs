namespace Boilerplate.Tests.Support;

/// <summary>A small news article in HTML whose figure caption the default pipeline drops and the Recall preset keeps.</summary>
internal static class StormPage
{
    public const string Paragraph = "Heavy rain and a powerful storm surge flooded several coastal towns overnight, forcing hundreds of residents to leave their homes before dawn and to seek shelter inland.";

    public const string Paragraph2 = "Emergency crews worked through the night to clear the roads, and the regional government said that schools in the area would stay closed until the water had gone down.";

    public const string Caption = "Residents wade through the flooded main street of the town on Tuesday morning.";

    public static readonly string WithCaption = $"<html><body><article><h1>Storm floods towns</h1><p>{Paragraph}</p><figure><img src=\"a.jpg\"><figcaption>{Caption}</figcaption></figure><p>{Paragraph2}</p></article></body></html>";
}
