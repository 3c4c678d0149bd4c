namespace Boilerplate;

/// <summary>The title candidates an HTML page offers.</summary>
internal sealed record HtmlTitles(string? TitleElement, string? OpenGraph, string? FirstHeading);
