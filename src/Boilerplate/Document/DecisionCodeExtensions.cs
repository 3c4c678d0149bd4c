namespace Boilerplate;

/// <summary>What a <see cref="DecisionCode"/> means: its kind and its reason text.</summary>
public static class DecisionCodeExtensions
{
    /// <summary>The kind of evidence a decision of <paramref name="code"/> rests on.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The kind; <see cref="DecisionKind.User"/> for <see cref="DecisionCode.Custom"/> and for codes this version does not know.</returns>
    public static DecisionKind GetKind(this DecisionCode code) => code switch
    {
        DecisionCode.None => DecisionKind.None,
        DecisionCode.PageTitle
            or DecisionCode.Headline
            or DecisionCode.RepeatedLine
            or DecisionCode.RepeatedShortLine
            or DecisionCode.NoLetters
            or DecisionCode.DateStamp
            or DecisionCode.Copyright
            or DecisionCode.Legal
            or DecisionCode.FormLabel
            or DecisionCode.SocialLinks
            or DecisionCode.CallToAction
            or DecisionCode.MenuLinks
            or DecisionCode.DatedLinkList
            or DecisionCode.MenuRun
            or DecisionCode.ForeignScript => DecisionKind.Rule,
        DecisionCode.InsideForm
            or DecisionCode.BoilerplateContainer
            or DecisionCode.CommentSection => DecisionKind.Container,
        DecisionCode.LinkDense
            or DecisionCode.ShortLink
            or DecisionCode.FewStopwords
            or DecisionCode.ShortAmongBoilerplate
            or DecisionCode.NearGoodAmongBoilerplate
            or DecisionCode.Prose
            or DecisionCode.ShortAmongContent
            or DecisionCode.NearGoodNearContent
            or DecisionCode.NoArticleFallback => DecisionKind.Context,
        DecisionCode.OutsideMainRegion
            or DecisionCode.OutsideMainContainer
            or DecisionCode.SentenceInsideArticle
            or DecisionCode.ShortGapInsideArticle
            or DecisionCode.ListInsideArticle
            or DecisionCode.DateOrRepeatInsideArticle
            or DecisionCode.InsideMainContainer
            or DecisionCode.Byline
            or DecisionCode.Caption
            or DecisionCode.RelatedHeading
            or DecisionCode.ListingItem
            or DecisionCode.Teaser => DecisionKind.Structure,
        DecisionCode.SiteTemplateRepeat => DecisionKind.Template,
        DecisionCode.EmptyArticleRescue => DecisionKind.Fallback,
        _ => DecisionKind.User,
    };

    /// <summary>The reason text the built-in filters give with <paramref name="code"/>, in a few words.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text; for <see cref="DecisionCode.SiteTemplateRepeat"/> the general form (the filter says on how many pages); empty for <see cref="DecisionCode.None"/> and <see cref="DecisionCode.Custom"/>.</returns>
    public static string GetReason(this DecisionCode code) => code switch
    {
#pragma warning disable CS0618 // the obsolete constants hold the texts until they go
        DecisionCode.PageTitle => Filters.Title.TitleFilter.PageTitleReason,
        DecisionCode.Headline => Filters.Title.TitleFilter.HeadlineReason,
        DecisionCode.SiteTemplateRepeat => "on many pages of the site",
        DecisionCode.RepeatedLine => Filters.LineDeduplication.LineDeduplicationFilter.RepeatedLineReason,
        DecisionCode.RepeatedShortLine => Filters.LineDeduplication.LineDeduplicationFilter.RepeatedShortLineReason,
        DecisionCode.NoLetters => Filters.Navigation.NavigationFilter.NoLettersReason,
        DecisionCode.DateStamp => Filters.Navigation.NavigationFilter.DateStampReason,
        DecisionCode.Copyright => Filters.Navigation.NavigationFilter.CopyrightReason,
        DecisionCode.Legal => Filters.Navigation.NavigationFilter.LegalReason,
        DecisionCode.FormLabel => Filters.Navigation.NavigationFilter.FormLabelReason,
        DecisionCode.InsideForm => Filters.Navigation.NavigationFilter.InsideFormReason,
        DecisionCode.SocialLinks => Filters.Navigation.NavigationFilter.SocialReason,
        DecisionCode.CallToAction => Filters.Navigation.NavigationFilter.CallToActionReason,
        DecisionCode.MenuLinks => Filters.Navigation.NavigationFilter.MenuReason,
        DecisionCode.DatedLinkList => Filters.Navigation.NavigationFilter.DatedLinkListReason,
        DecisionCode.MenuRun => Filters.Navigation.NavigationFilter.MenuRunReason,
        DecisionCode.BoilerplateContainer => Filters.Navigation.NavigationFilter.ContainerReason,
        DecisionCode.CommentSection => Filters.Navigation.NavigationFilter.CommentsReason,
        DecisionCode.ForeignScript => Filters.ForeignScript.ForeignScriptFilter.ForeignScriptReason,
        DecisionCode.LinkDense => Filters.ContentClassifier.ContentClassifierFilter.LinkDenseReason,
        DecisionCode.ShortLink => Filters.ContentClassifier.ContentClassifierFilter.ShortLinkReason,
        DecisionCode.FewStopwords => Filters.ContentClassifier.ContentClassifierFilter.FewStopwordsReason,
        DecisionCode.ShortAmongBoilerplate => Filters.ContentClassifier.ContentClassifierFilter.ShortAmongBoilerplateReason,
        DecisionCode.NearGoodAmongBoilerplate => Filters.ContentClassifier.ContentClassifierFilter.NearGoodAmongBoilerplateReason,
        DecisionCode.Prose => Filters.ContentClassifier.ContentClassifierFilter.GoodReason,
        DecisionCode.ShortAmongContent => Filters.ContentClassifier.ContentClassifierFilter.ShortAmongContentReason,
        DecisionCode.NearGoodNearContent => Filters.ContentClassifier.ContentClassifierFilter.NearGoodNearContentReason,
        DecisionCode.NoArticleFallback => Filters.ContentClassifier.ContentClassifierFilter.NoArticleFallbackReason,
        DecisionCode.OutsideMainRegion => Filters.MainRegion.MainRegionFilter.OutsideMainRegionReason,
        DecisionCode.OutsideMainContainer => Filters.MainRegion.MainRegionFilter.OutsideMainContainerReason,
        DecisionCode.SentenceInsideArticle => Filters.MainRegion.MainRegionFilter.SentenceInsideArticleReason,
        DecisionCode.ShortGapInsideArticle => Filters.MainRegion.MainRegionFilter.ShortGapInsideArticleReason,
        DecisionCode.ListInsideArticle => Filters.MainRegion.MainRegionFilter.ListInsideArticleReason,
        DecisionCode.DateOrRepeatInsideArticle => Filters.MainRegion.MainRegionFilter.DateOrRepeatInsideArticleReason,
        DecisionCode.InsideMainContainer => Filters.MainRegion.MainRegionFilter.InsideMainContainerReason,
        DecisionCode.Byline => Filters.MainRegion.MainRegionFilter.BylineReason,
        DecisionCode.Caption => Filters.MainRegion.MainRegionFilter.CaptionReason,
        DecisionCode.RelatedHeading => Filters.MainRegion.MainRegionFilter.RelatedHeadingReason,
        DecisionCode.ListingItem => Filters.MainRegion.MainRegionFilter.ListingItemReason,
        DecisionCode.Teaser => Filters.MainRegion.MainRegionFilter.TeaserReason,
        DecisionCode.EmptyArticleRescue => Filters.Fallback.EmptyArticleFilter.RescuedReason,
#pragma warning restore CS0618
        _ => string.Empty,
    };
}
