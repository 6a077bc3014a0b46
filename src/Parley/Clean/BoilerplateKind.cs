namespace Parley.Clean;

/// <summary>What a removed block of site furniture was; the names in data files are kebab-case.</summary>
public enum BoilerplateKind
{
    Disclaimer,
    Paywall,
    Subscription,
    PriceList,
    TemplateResidue,
    Newsletter,
    ReadMore,
    Related,
    Social,
    Cookie,
    Copyright,
    CallToAction,
    SyndicationNote,
    Separator,
}
