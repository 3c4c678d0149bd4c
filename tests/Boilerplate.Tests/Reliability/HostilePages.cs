using System.Text;

namespace Boilerplate.Tests.Reliability;

/// <summary>Pages and page parts shared by the reliability tests.</summary>
internal static class HostilePages
{
    public const string Paragraph1 =
        "The committee met on Tuesday to discuss the new proposal for the city park, which residents have debated for months. " +
        "Several members said that the plan would bring more visitors to the area and help local shops, while others worried about traffic and noise in the evenings.";

    public const string Paragraph2 =
        "After a long discussion, the chair asked the planning office to prepare a revised version of the proposal that addresses " +
        "the concerns raised by the residents, and promised a public hearing before the end of the year.";

    public const string Paragraph3 =
        "Local business owners welcomed the decision to hold a hearing, saying that they had not been consulted when the first draft " +
        "was written and that they hoped the new version would take into account the needs of the people who work in the area every day.";

    public static readonly string[] Menu = ["Home", "News", "Sport", "Weather", "Contact"];

    public static readonly string[] Footer = ["Share on Facebook", "Copyright © 2024 City News. All rights reserved.", "Privacy Policy"];

    /// <summary>A text dump: title line, menu, the body lines, footer.</summary>
    public static string Dump(params string[] body) =>
        string.Join("\n", ["Park plan debated | City News", .. Menu, .. body, .. Footer]) + "\n";

    /// <summary>An HTML page with a nav, the paragraphs in an article and a footer.</summary>
    public static string HtmlPage(params string[] paragraphs) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Park plan debated | City News</title></head><body>" +
        "<nav><ul>" + string.Concat(Menu.Select(m => $"<li><a href=\"/{m}\">{m}</a></li>")) + "</ul></nav>" +
        "<article><h1>Park plan debated</h1>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article>" +
        "<footer>" + string.Concat(Footer.Select(f => $"<p>{f}</p>")) + "</footer></body></html>";

    /// <summary>Repeats <paramref name="part"/> <paramref name="count"/> times.</summary>
    public static string Repeat(string part, int count)
    {
        var builder = new StringBuilder(part.Length * count);
        for (int i = 0; i < count; i++)
        {
            builder.Append(part);
        }

        return builder.ToString();
    }

    public static BoilerplatePipeline WithLimits(Action<PipelineLimits> limits)
    {
        var builder = new BoilerplatePipelineBuilder().UseDefaults();
        limits(builder.Limits);
        return builder.Build();
    }
}
