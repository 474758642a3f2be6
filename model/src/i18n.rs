//! The one catalogue of user-facing UI text. Every key has both languages by construction:
//! `t` is an exhaustive match, so a new key cannot compile without its translations.
//! Texts with a `{}` take one argument, filled in with [`t_with`].

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    AppName,
    AppTagline,
    MainNavigation,
    NavAgenda,
    NavSources,
    LanguageSwitch,
    SwitchToOtherLanguage,
    SkipToContent,
    Contents,
    PartMemo,
    PartPublic,
    SourceLabel,
    SourcesLabel,
    NotAvailable,
    FigureItem,
    FigureValue,
    SourcesTitle,
    SourcesIntro,
    SourcePublisher,
    SourceDate,
    SourceLink,
    SourceNoUrl,
    SourceCovers,
    SourceKindLabel,
    SourceCitedIn,
    SourceNotCited,
    SourceDetails,
    AllSources,
    StatementsCount,
    UnknownSourceTitle,
    UnknownSourceText,
    NotFoundTitle,
    NotFoundText,
    BackToAgenda,
    NoticeUnknownLanguage,
    Dismiss,
    DataErrorTitle,
    DataErrorText,
    FooterData,
    FooterOffline,
    KindDocument,
    KindNews,
    KindBudget,
    KindLegal,
    KindStatistics,
    KindNotes,
    PageTitleSuffix,
}

pub fn t(lang: Lang, key: Key) -> &'static str {
    let (nl, en) = texts(key);
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A text with its `{}` replaced by `arg`.
pub fn t_with(lang: Lang, key: Key, arg: &str) -> String {
    t(lang, key).replacen("{}", arg, 1)
}

fn texts(key: Key) -> (&'static str, &'static str) {
    use Key::*;
    match key {
        AppName => ("Beleidsagenda Taskforce Internationale Migratie", "Policy agenda, Taskforce on International Migration"),
        AppTagline => ("Interdepartementale Taskforce Internationale Migratie", "Interdepartmental Taskforce on International Migration"),
        MainNavigation => ("Hoofdnavigatie", "Main navigation"),
        NavAgenda => ("Agenda", "Agenda"),
        NavSources => ("Bronnen", "Sources"),
        LanguageSwitch => ("Taal", "Language"),
        SwitchToOtherLanguage => ("English", "Nederlands"),
        SkipToContent => ("Naar de inhoud", "Skip to content"),
        Contents => ("Inhoud", "Contents"),
        PartMemo => ("Uit de nota aan de onderraad", "From the memo to the sub-council"),
        PartPublic => ("Openbare feiten", "Public facts"),
        SourceLabel => ("Bron", "Source"),
        SourcesLabel => ("Bronnen", "Sources"),
        NotAvailable => ("niet beschikbaar", "not available"),
        FigureItem => ("Post", "Item"),
        FigureValue => ("Bedrag", "Amount"),
        SourcesTitle => ("Bronnenregister", "Source registry"),
        SourcesIntro => (
            "Elke uitspraak en elk cijfer in deze app verwijst naar een van deze bronnen. Per bron staat waar zij wordt gebruikt.",
            "Every statement and figure in this app refers to one of these sources. Each source lists where it is used.",
        ),
        SourcePublisher => ("Uitgever", "Publisher"),
        SourceDate => ("Datum", "Date"),
        SourceLink => ("Vindplaats", "Location"),
        SourceNoUrl => ("geen openbare vindplaats", "no public location"),
        SourceCovers => ("Inhoud", "Covers"),
        SourceKindLabel => ("Soort", "Kind"),
        SourceCitedIn => ("Gebruikt in", "Used in"),
        SourceNotCited => ("Nog niet gebruikt in de agenda.", "Not yet used in the agenda."),
        SourceDetails => ("Details van de bron", "Source details"),
        AllSources => ("Alle bronnen", "All sources"),
        StatementsCount => ("{} uitspraken", "{} statements"),
        UnknownSourceTitle => ("Onbekende bron", "Unknown source"),
        UnknownSourceText => (
            "Het register bevat geen bron met de code \"{}\". Kies een bron uit het register.",
            "The registry holds no source with the code \"{}\". Choose a source from the registry.",
        ),
        NotFoundTitle => ("Pagina niet gevonden", "Page not found"),
        NotFoundText => (
            "Deze link verwijst naar een pagina die niet bestaat. Misschien is de link afgebroken of verouderd.",
            "This link points to a page that does not exist. The link may be cut off or out of date.",
        ),
        BackToAgenda => ("Terug naar de agenda", "Back to the agenda"),
        NoticeUnknownLanguage => (
            "De taalcode \"{}\" in de link is onbekend. De pagina wordt in het Nederlands getoond.",
            "The language code \"{}\" in the link is unknown. The page is shown in Dutch.",
        ),
        Dismiss => ("Melding sluiten", "Close notice"),
        DataErrorTitle => ("De meegeleverde gegevens bevatten fouten", "The bundled data contains errors"),
        DataErrorText => (
            "De app kan de agenda niet tonen. Meld deze fouten aan het beheerteam:",
            "The app cannot show the agenda. Report these errors to the maintainers:",
        ),
        FooterData => ("Alle gegevens zitten in dit bestand; elke uitspraak noemt haar bron.", "All data is in this file; every statement names its source."),
        FooterOffline => ("Werkt zonder netwerk.", "Works without a network."),
        KindDocument => ("document", "document"),
        KindNews => ("nieuwsbericht", "news item"),
        KindBudget => ("begroting", "budget"),
        KindLegal => ("wetgeving", "legislation"),
        KindStatistics => ("statistiek", "statistics"),
        KindNotes => ("onderzoeksnotitie", "research note"),
        PageTitleSuffix => ("Beleidsagenda Taskforce", "Taskforce policy agenda"),
    }
}
