namespace Boilerplate.Filters.Navigation;

/// <summary>Kinds of boilerplate phrase in <see cref="NavigationLexicon"/>.</summary>
[Flags]
internal enum LexiconCategory : byte
{
    None = 0,
    Copyright = 1 << 0,
    Legal = 1 << 1,
    Form = 1 << 2,
    Social = 1 << 3,
    CallToAction = 1 << 4,
    Date = 1 << 5,
    Menu = 1 << 6,
    Credits = 1 << 7,
}
