//! UI texts that take values. Each message names its arguments and their types, so the
//! compiler checks every call; counts have one and other forms. Both languages are written in
//! one exhaustive match, so a message cannot exist without its Dutch and English.

use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum Msg<'a> {
    // Agenda and sources.
    Statements {
        count: usize,
    },
    UnknownSource {
        code: &'a str,
    },
    UnknownLanguage {
        code: &'a str,
    },
    SourceFigures {
        count: usize,
    },
    // Data and import.
    ActiveImported {
        file: &'a str,
    },
    Countries {
        count: usize,
    },
    Criteria {
        count: usize,
    },
    ImportLoaded {
        file: &'a str,
    },
    ChangesIntro {
        file: &'a str,
    },
    ChangesSummary {
        figures: usize,
        added: usize,
        removed: usize,
        renamed: usize,
        kinds: usize,
        moves: usize,
    },
    ChangesMore {
        count: usize,
    },
    ChangesKept {
        file: &'a str,
    },
    /// How a CSV was read: its separator, decimal mark and whether it had a byte-order mark.
    CsvRead {
        separator: char,
        decimal: char,
        mark: bool,
    },
    /// An `.xlsx` read: how many formulas it held (their stored values were read).
    XlsxRead {
        formulas: usize,
    },
    ImportRejected {
        file: &'a str,
    },
    ErrorsFound {
        count: usize,
    },
    Line {
        line: usize,
        column: usize,
    },
    CriteriaWithFigure {
        with: &'a str,
        total: &'a str,
    },
    Since {
        date: &'a str,
    },
    UnknownCountry {
        code: &'a str,
    },
    ListKindsMissing {
        indicators: &'a str,
    },
    EndedOn {
        date: &'a str,
    },
    // Figures.
    BelowBoundShort {
        bound: &'a str,
    },
    BelowBoundSpoken {
        bound: &'a str,
    },
    BelowBoundWhy {
        n: u32,
    },
    ListTopN {
        n: u32,
        bound: &'a str,
        wording: &'a str,
    },
    // Selection.
    WeightShare {
        share: &'a str,
    },
    Announce {
        top_three: &'a str,
    },
    SortBy {
        column: &'a str,
    },
    CountryPanelTitle {
        country: &'a str,
    },
    Stability {
        ranks: &'a str,
        median: usize,
        tier_kept: &'a str,
    },
    TippingPoint {
        criterion: &'a str,
        delta: &'a str,
        tier: &'a str,
    },
    Running {
        done: usize,
        total: usize,
    },
    SensitivityDone {
        draws: usize,
    },
    FixTier {
        tier: &'a str,
    },
    RemoveAdjustment {
        country: &'a str,
    },
    // The plan held against the memo.
    MemoNoProtection {
        instruments: &'a str,
    },
    MemoNoMoneyIn {
        years: &'a str,
    },
    MemoNoFteIn {
        years: &'a str,
    },
    MemoOneChannel {
        channel: &'a str,
    },
    MemoReviewOverdue {
        due: &'a str,
    },
    MemoAdjustmentOverdue {
        adjustment: &'a str,
        due: &'a str,
    },
    MemoStatusWithoutSource {
        status: &'a str,
        date: &'a str,
    },
    MemoStatusSourceUnknown {
        status: &'a str,
        source: &'a str,
    },
    MemoAspectsUnknown {
        instruments: &'a str,
    },
    MemoFteUnknown {
        orgs: &'a str,
    },
    MemoCounts {
        in_order: usize,
        attention: usize,
        cannot_judge: usize,
        decided: usize,
    },
    MemoDecidedOn {
        date: &'a str,
        reason: &'a str,
    },
    MemoReviewBefore {
        date: &'a str,
    },
    PlanChannelOf {
        line: &'a str,
    },
    MemoChannelDefaults {
        count: usize,
    },
    MemoDecideFor {
        check: &'a str,
        country: &'a str,
    },
    ShowDetails {
        country: &'a str,
    },
    ShowMore {
        count: usize,
    },
    ShowAll {
        count: usize,
    },
    Showing {
        shown: usize,
        total: usize,
    },
    // The printed annex.
    AnnexMade {
        date: &'a str,
    },
    AnnexTiersTopN {
        intensive: usize,
        targeted: usize,
    },
    AnnexTiersThresholds {
        intensive: &'a str,
        targeted: &'a str,
    },
    AnnexSensitivity {
        vary_rule: bool,
        draws: usize,
        spread: &'a str,
        seed: u64,
    },
    PrintPage,
    // Scenarios.
    ScenarioNotKept {
        name: &'a str,
    },
    ScenarioSaved {
        name: &'a str,
    },
    LoadScenario {
        name: &'a str,
    },
    DeleteScenario {
        name: &'a str,
    },
    TierDifferences {
        count: usize,
    },
    ScenarioLoaded {
        name: &'a str,
    },
    ScenarioNotJson {
        error: &'a str,
    },
    // The plan.
    PlanAmountTooLarge {
        max: &'a str,
    },
    /// An entry stored in this browser did not read and was moved, as it was, to `key`.
    StoredBackedUp {
        what: StoredKind,
        key: &'a str,
    },
    /// An entry stored in this browser did not read and storage had no room to set it aside.
    StoredHeld {
        what: StoredKind,
        in_storage: bool,
    },
    StoredDownload {
        what: StoredKind,
    },
    /// A stored plan that read, with references the data in use does not know: kept at `key`.
    StoredKept {
        key: &'a str,
    },
    PlanUnknownInstrument {
        id: &'a str,
    },
    PlanUnknownEnvelope {
        id: &'a str,
    },
    PlanYearOutside {
        year: u16,
    },
    PlanRefused {
        problem: &'a str,
        previous: &'a str,
    },
    PlanOver {
        envelope: &'a str,
        year: u16,
        excess: &'a str,
    },
    PlanFteShort {
        org: &'a str,
        year: u16,
        planned: &'a str,
        available: &'a str,
    },
    PlanNothingOver,
    PlanApplyPackage {
        count: usize,
    },
    PlanRowsOf {
        country: &'a str,
        tier: &'a str,
    },
    PlanAmountLabel {
        what: &'a str,
        year: u16,
        line: &'a str,
    },
    PlanRemoveLine {
        line: &'a str,
    },
    PlanSavedTo {
        file: &'a str,
    },
    ContributionAsked {
        org: &'a str,
        by: &'a str,
        on: &'a str,
        deadline: Option<&'a str>,
    },
    ContributionAnswerSaved {
        file: &'a str,
    },
    PlanRequestNothing {
        org: &'a str,
    },
    PlanRequestMade {
        org: &'a str,
        lines: usize,
        file: &'a str,
    },
    PlanRequestItem {
        org: &'a str,
        on: &'a str,
        lines: usize,
        deadline: Option<&'a str>,
    },
    PlanMergeReady {
        answers: usize,
        changed: usize,
        conflicts: usize,
        /// Lines and answers listed below as not taken over, or taken over once.
        notices: usize,
    },
    PlanMergeDone {
        answers: usize,
    },
    /// An answer corrects one merged before (its date); what it changes against that one.
    /// The plan was read from a workbook (`from`) and is in no file yet; a save makes `file`.
    PlanImportedNotSaved {
        from: &'a str,
        file: &'a str,
    },
    /// Conflicts still without the user's choice (nothing is merged before).
    PlanConflictsOpen {
        count: usize,
    },
    /// The rest of a list that is not shown item by item.
    AndMore {
        count: usize,
    },
    /// A file is being read.
    FileReading {
        file: &'a str,
        size: &'a str,
    },
    /// Reading a file was stopped by the user: nothing of it was taken.
    FileReadingStopped {
        file: &'a str,
    },
    /// A plan file made with other data than the data in use.
    PlanOtherData {
        made_with: &'a str,
        in_use: &'a str,
    },
    /// A file read to its end but not put into use: another plan was put into use meanwhile.
    FileReadingOvertaken {
        file: &'a str,
    },
    /// A file is read and what it holds is being put into use (one step, not stoppable).
    FileApplying {
        file: &'a str,
    },
    /// The answer was not saved: a refused value is still on screen in `field`.
    ContributionNotSaved {
        field: &'a str,
    },
    PlanAnswerCorrects {
        earlier: &'a str,
        changed: usize,
    },
    PlanMergeLogItem {
        file: &'a str,
        org: &'a str,
        answered: &'a str,
        merged: &'a str,
        added: usize,
        changed: usize,
        conflicts: usize,
        /// The date of the answer this one corrected.
        corrects: Option<&'a str>,
        /// When the merge was undone.
        undone: Option<&'a str>,
    },
    PlanConflictResolved {
        line: &'a str,
        year: u16,
        chosen: &'a str,
    },
    PlanSaveFailed {
        file: &'a str,
    },
    PlanDownloadedAs {
        file: &'a str,
    },
    PlanOpenedFrom {
        file: &'a str,
    },
    PlanRecovered {
        file: &'a str,
    },
    PlanRemoveCountry {
        country: &'a str,
    },
    PlanLeadOf {
        line: &'a str,
    },
    PlanEnvelopeOf {
        line: &'a str,
    },
    PlanContributorsOf {
        line: &'a str,
    },
    PlanProposalSummary {
        count: usize,
        score: &'a str,
        cost: &'a str,
    },
    PlanProposalUnknownYears {
        years: &'a str,
    },
    PlanDropped {
        count: usize,
    },
    PlanImported {
        name: &'a str,
    },
    PlanReviewDone {
        country: &'a str,
        date: &'a str,
    },
    PlanChangesSince {
        reviews: usize,
        statuses: usize,
        rows: usize,
    },
    PlanRowAdded {
        country: &'a str,
        instrument: &'a str,
        date: &'a str,
    },
    SearchResults {
        shown: usize,
        total: usize,
    },
    DifferenceAmount {
        left: &'a str,
        right: &'a str,
    },
    // The register of consultation.
    ConsultationSaved {
        date: &'a str,
    },
    ConsultationChanged {
        date: &'a str,
    },
    ConsultationRemoved {
        date: &'a str,
    },
    ConsultationNotSaved {
        count: usize,
    },
    RegisterShowing {
        shown: usize,
        total: usize,
    },
    ConsultationCoverageCountries {
        since: &'a str,
        countries: &'a str,
    },
    ConsultationCoverageAllCountries {
        since: &'a str,
    },
    ConsultationCoverageThemes {
        since: &'a str,
        themes: &'a str,
    },
    ConsultationCoverageAllThemes {
        since: &'a str,
    },
    FollowUpDoneOn {
        date: &'a str,
    },
    ConsultationOf {
        date: &'a str,
        organisations: &'a str,
    },
    OrganisationNumber {
        number: usize,
    },
    MemoNoConsultationSince {
        since: &'a str,
    },
    FollowUpNumber {
        number: usize,
    },
}

/// One and other: Dutch and English both need only these two forms here.
/// What a browser entry that did not read held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredKind {
    Plan,
    Scenarios,
    Dataset,
    /// An answer to a contribution request, being typed.
    Answer,
}

impl StoredKind {
    fn nl(self) -> &'static str {
        match self {
            StoredKind::Plan => "Het plan dat",
            StoredKind::Scenarios => "De lijst met scenario's die",
            StoredKind::Dataset => "Het eigen gegevensbestand dat",
            StoredKind::Answer => "Het antwoord in bewerking dat",
        }
    }
    fn en(self) -> &'static str {
        match self {
            StoredKind::Plan => "The plan",
            StoredKind::Scenarios => "The list of scenarios",
            StoredKind::Dataset => "The own dataset",
            StoredKind::Answer => "The answer being typed",
        }
    }
    fn nl_then(self) -> &'static str {
        match self {
            StoredKind::Plan => "er is een nieuw plan begonnen",
            StoredKind::Scenarios => "de lijst begint leeg",
            StoredKind::Dataset => "de meegeleverde gegevens zijn in gebruik",
            StoredKind::Answer => "open het verzoek opnieuw om het antwoord opnieuw te beginnen",
        }
    }
    fn en_then(self) -> &'static str {
        match self {
            StoredKind::Plan => "a new plan was started",
            StoredKind::Scenarios => "the list starts empty",
            StoredKind::Dataset => "the bundled data is in use",
            StoredKind::Answer => "open the request again to start the answer again",
        }
    }
    fn nl_object(self) -> &'static str {
        match self {
            StoredKind::Plan => "het plan",
            StoredKind::Scenarios => "de lijst met scenario's",
            StoredKind::Dataset => "het gegevensbestand",
            StoredKind::Answer => "het antwoord",
        }
    }
    fn en_object(self) -> &'static str {
        match self {
            StoredKind::Plan => "the plan",
            StoredKind::Scenarios => "the list of scenarios",
            StoredKind::Dataset => "the dataset",
            StoredKind::Answer => "the answer",
        }
    }
}

/// "1 regel", "12.480 regels": the count grouped as the language writes it.
pub fn plural(lang: Lang, count: usize, one: &str, other: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{} {other}", crate::text::format::number(count as f64, lang))
    }
}

impl Msg<'_> {
    pub fn text(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        use Msg::*;
        match *self {
            Statements { count } if nl => plural(lang, count, "uitspraak", "uitspraken"),
            Statements { count } => plural(lang, count, "statement", "statements"),
            UnknownSource { code } if nl => {
                format!("Het register bevat geen bron met de code \"{code}\". Kies een bron uit het register.")
            }
            UnknownSource { code } => {
                format!("The registry holds no source with the code \"{code}\". Choose a source from the registry.")
            }
            UnknownLanguage { code } if nl => {
                format!("De taalcode \"{code}\" in de link is onbekend. De pagina wordt in het Nederlands getoond.")
            }
            UnknownLanguage { code } => {
                format!("The language code \"{code}\" in the link is unknown. The page is shown in Dutch.")
            }
            SourceFigures { count } if nl => plural(lang, count, "cijfer", "cijfers"),
            SourceFigures { count } => plural(lang, count, "figure", "figures"),
            ActiveImported { file } if nl => format!("In gebruik: eigen bestand \"{file}\""),
            ActiveImported { file } => format!("In use: own file \"{file}\""),
            Countries { count } if nl => plural(lang, count, "land", "landen"),
            Countries { count } => plural(lang, count, "country", "countries"),
            Criteria { count } if nl => plural(lang, count, "criterium", "criteria"),
            Criteria { count } => plural(lang, count, "criterion", "criteria"),
            CsvRead { separator, decimal, mark } if nl => format!(
                "Gelezen als CSV: scheidingsteken ‘{}’, decimaal{} ‘{decimal}’, {}. De andere tabellen komen uit de gegevens die in gebruik waren.",
                if separator == '\t' { "tab".to_string() } else { separator.to_string() },
                if decimal == ',' { "komma" } else { "punt" },
                if mark { "met byte-order mark (UTF-8)" } else { "zonder byte-order mark (UTF-8)" }
            ),
            CsvRead { separator, decimal, mark } => format!(
                "Read as CSV: separator ‘{}’, decimal {} ‘{decimal}’, {}. The other tables come from the data that was in use.",
                if separator == '\t' { "tab".to_string() } else { separator.to_string() },
                if decimal == ',' { "comma" } else { "point" },
                if mark { "with a byte-order mark (UTF-8)" } else { "without a byte-order mark (UTF-8)" }
            ),
            XlsxRead { formulas: 0 } if nl => "Gelezen als Excel-werkmap.".to_string(),
            XlsxRead { formulas: 0 } => "Read as an Excel workbook.".to_string(),
            XlsxRead { formulas } if nl => format!("Gelezen als Excel-werkmap; van {formulas} formules is de opgeslagen berekende waarde gelezen, niets is opnieuw berekend."),
            XlsxRead { formulas } => format!("Read as an Excel workbook; for {formulas} formulas the stored computed value was read, nothing was recalculated."),
            ChangesIntro { file } if nl => format!("\"{file}\" is gelezen en klopt. Nog niets is veranderd: hieronder staat wat het zou veranderen tegenover de gegevens in gebruik."),
            ChangesIntro { file } => format!("\"{file}\" was read and is valid. Nothing has changed yet: below is what it would change against the data in use."),
            ChangesSummary { figures, added, removed, renamed, kinds, moves } if nl => format!("{} gewijzigd, {} erbij, {} eruit, {} met een andere naam, {} met een andere lijstsoort; {} verschuiven in rang of inzetniveau.", plural(lang, figures, "cijfer", "cijfers"), plural(lang, added, "land", "landen"), plural(lang, removed, "land", "landen"), plural(lang, renamed, "land", "landen"), plural(lang, kinds, "criterium", "criteria"), plural(lang, moves, "land", "landen")),
            ChangesSummary { figures, added, removed, renamed, kinds, moves } => format!("{} changed, {} added, {} removed, {} renamed, {} with another list kind; {} move in rank or tier.", plural(lang, figures, "figure", "figures"), plural(lang, added, "country", "countries"), plural(lang, removed, "country", "countries"), plural(lang, renamed, "country", "countries"), plural(lang, kinds, "criterion", "criteria"), plural(lang, moves, "country", "countries")),
            ChangesMore { count } if nl => format!("en nog {count}; het volledige overzicht staat in het bestand zelf."),
            ChangesMore { count } => format!("and {count} more; the whole list is in the file itself."),
            ChangesKept { file } if nl => format!("\"{file}\" is niet overgenomen. De gegevens in gebruik zijn ongewijzigd."),
            ChangesKept { file } => format!("\"{file}\" was not adopted. The data in use is unchanged."),
            ImportLoaded { file } if nl => format!("\"{file}\" is geladen en nu in gebruik."),
            ImportLoaded { file } => format!("\"{file}\" is loaded and now in use."),
            ImportRejected { file } if nl => {
                format!("\"{file}\" is niet geladen. De gegevens in gebruik zijn ongewijzigd.")
            }
            ImportRejected { file } => format!("\"{file}\" was not loaded. The data in use is unchanged."),
            ErrorsFound { count } if nl => format!("{} gevonden:", plural(lang, count, "fout", "fouten")),
            ErrorsFound { count } => format!("{} found:", plural(lang, count, "error", "errors")),
            Line { line, column } if nl => format!("regel {line}, kolom {column}"),
            Line { line, column } => format!("line {line}, column {column}"),
            CriteriaWithFigure { with, total } if nl => format!("{with} van {total} criteria met gegevens"),
            CriteriaWithFigure { with, total } => format!("{with} of {total} criteria with data"),
            Since { date } if nl => format!("sinds {date}"),
            Since { date } => format!("since {date}"),
            UnknownCountry { code } if nl => {
                format!("De gegevens in gebruik bevatten geen land met de code \"{code}\".")
            }
            UnknownCountry { code } => format!("The data in use holds no country with the code \"{code}\"."),
            ListKindsMissing { indicators } if nl => format!(
                "Dit bestand zegt bij deze indicatoren niet hoe hun lijst leest; ze worden gelezen als onvolledig (een land dat ontbreekt, is onbekend): {indicators}."
            ),
            ListKindsMissing { indicators } => format!(
                "This file does not say for these indicators how their list reads; they are read as partial (a missing country is unknown): {indicators}."
            ),
            EndedOn { date } if nl => format!("beëindigd {date}"),
            EndedOn { date } => format!("ended {date}"),
            BelowBoundShort { bound } => format!("< {bound}"),
            BelowBoundSpoken { bound } if nl => format!("minder dan {bound}"),
            BelowBoundSpoken { bound } => format!("less than {bound}"),
            BelowBoundWhy { n } if nl => format!("Niet in de top {n} van de bron."),
            BelowBoundWhy { n } => format!("Not in the source's top {n}."),
            ListTopN { n, bound, wording } if nl => format!(
                "Top-{n}-lijst: een land dat er niet op staat, heeft minder dan {bound}. De bron: “{wording}”"
            ),
            ListTopN { n, bound, wording } => {
                format!("Top-{n} list: a country not on it has less than {bound}. The source: “{wording}”")
            }
            WeightShare { share } if nl => format!("{share} van het gewicht"),
            WeightShare { share } => format!("{share} of the weight"),
            Announce { top_three } if nl => format!("Rangorde bijgewerkt. Eerste drie: {top_three}."),
            Announce { top_three } => format!("Ranking updated. Top three: {top_three}."),
            SortBy { column } if nl => format!("Sorteer op {column}"),
            SortBy { column } => format!("Sort by {column}"),
            CountryPanelTitle { country } if nl => format!("Toelichting: {country}"),
            CountryPanelTitle { country } => format!("Details: {country}"),
            Stability { ranks, median, tier_kept } if nl => format!(
                "Rang {ranks} in 90% van de trekkingen, mediaan {median}; het inzetniveau bleef gelijk in {tier_kept} van de trekkingen."
            ),
            Stability { ranks, median, tier_kept } => format!(
                "Rank {ranks} in 90% of the draws, median {median}; the tier stayed the same in {tier_kept} of the draws."
            ),
            TippingPoint { criterion, delta, tier } if nl => format!(
                "Kleinste wijziging van één gewicht die het inzetniveau verandert: {criterion} {delta} punt → {tier}."
            ),
            TippingPoint { criterion, delta, tier } => {
                format!("Smallest change of one weight that changes the tier: {criterion} {delta} point → {tier}.")
            }
            Running { done, total } if nl => format!("Bezig: {done} / {total} trekkingen"),
            Running { done, total } => format!("Running: {done} / {total} draws"),
            SensitivityDone { draws } if nl => format!(
                "Klaar: {}. De kolommen rangbereik en niveau behouden zijn bijgewerkt.",
                plural(lang, draws, "trekking", "trekkingen")
            ),
            SensitivityDone { draws } => format!(
                "Done: {}. The rank range and tier kept columns are updated.",
                plural(lang, draws, "draw", "draws")
            ),
            FixTier { tier } if nl => format!("Inzetniveau vastzetten: {tier}"),
            FixTier { tier } => format!("Fix tier: {tier}"),
            RemoveAdjustment { country } if nl => format!("Verwijder aanpassing voor {country}"),
            RemoveAdjustment { country } => format!("Remove adjustment for {country}"),
            ShowDetails { country } if nl => format!("Toelichting bij {country}"),
            ShowDetails { country } => format!("Details for {country}"),
            ShowMore { count } if nl => format!("Toon {count} meer"),
            ShowMore { count } => format!("Show {count} more"),
            ShowAll { count } if nl => format!("Toon alle {count}"),
            ShowAll { count } => format!("Show all {count}"),
            Showing { shown, total } if nl => format!("{shown} van {} getoond", plural(lang, total, "land", "landen")),
            Showing { shown, total } => format!("{shown} of {} shown", plural(lang, total, "country", "countries")),
            AnnexMade { date } if nl => format!("Gemaakt op {date}"),
            AnnexMade { date } => format!("Made on {date}"),
            AnnexTiersTopN { intensive, targeted } if nl => format!(
                "de eerste {intensive} intensief partnerschap, de volgende {targeted} gerichte samenwerking, de rest volgen"
            ),
            AnnexTiersTopN { intensive, targeted } => format!(
                "the first {intensive} intensive partnership, the next {targeted} targeted cooperation, the rest monitor"
            ),
            AnnexTiersThresholds { intensive, targeted } if nl => format!(
                "score vanaf {intensive} intensief partnerschap, vanaf {targeted} gerichte samenwerking, daaronder volgen"
            ),
            AnnexTiersThresholds { intensive, targeted } => format!(
                "score from {intensive} intensive partnership, from {targeted} targeted cooperation, below that monitor"
            ),
            AnnexSensitivity { draws, spread, seed, vary_rule } if nl => format!(
                "{}, gewichten ± {spread}, startwaarde {seed}; waarden onder de grens van een toplijst getrokken tussen 0 en de grens{}",
                plural(lang, draws, "trekking", "trekkingen"),
                if vary_rule { "; de regel daarvoor (helft, op de grens, nul) per trekking gevarieerd" } else { "" }
            ),
            AnnexSensitivity { draws, spread, seed, vary_rule } => format!(
                "{}, weights ± {spread}, seed {seed}; values below a top list's bound drawn between 0 and the bound{}",
                plural(lang, draws, "draw", "draws"),
                if vary_rule { "; their rule (half, at the bound, zero) varied per draw" } else { "" }
            ),
            PrintPage if nl => "Pagina".to_string(),
            PrintPage => "Page".to_string(),
            ScenarioNotKept { name } if nl => format!("Scenario \"{name}\" staat in de lijst, maar deze browser bewaart het niet (opslag uitgeschakeld of vol). Download het als bestand om het te houden."),
            ScenarioNotKept { name } => format!("Scenario \"{name}\" is in the list, but this browser does not keep it (storage disabled or full). Download it as a file to keep it."),
            ScenarioSaved { name } if nl => format!("Scenario \"{name}\" bewaard in deze browser."),
            ScenarioSaved { name } => format!("Scenario \"{name}\" saved in this browser."),
            LoadScenario { name } if nl => format!("Laad {name}"),
            LoadScenario { name } => format!("Load {name}"),
            DeleteScenario { name } if nl => format!("Verwijder {name}"),
            DeleteScenario { name } => format!("Delete {name}"),
            TierDifferences { count } if nl => {
                format!("{} met een ander inzetniveau", plural(lang, count, "land", "landen"))
            }
            TierDifferences { count } => format!("{} with a different tier", plural(lang, count, "country", "countries")),
            ScenarioLoaded { name } if nl => format!("Scenario \"{name}\" geladen."),
            ScenarioLoaded { name } => format!("Scenario \"{name}\" loaded."),
            ScenarioNotJson { error } if nl => format!("Dit bestand is geen geldige JSON: {error}"),
            ScenarioNotJson { error } => format!("This file is not valid JSON: {error}"),
            StoredBackedUp { what, key } if nl => format!("{} in deze browser was bewaard, kon niet worden gelezen (het kan door een nieuwere versie van de app gemaakt zijn). Het staat ongewijzigd onder de sleutel {key} in deze browser; {}.", what.nl(), what.nl_then()),
            StoredBackedUp { what, key } => format!("{} kept in this browser could not be read (a newer version of the app may have written it). It is kept unchanged under the key {key} in this browser; {}.", what.en(), what.en_then()),
            StoredHeld { what, in_storage: true } if nl => format!("{} in deze browser was bewaard, kon niet worden gelezen, en de opslag van de browser is vol: er was geen ruimte om het apart te zetten. Het staat nog op zijn plaats en wordt niet overschreven; daarom wordt wat u nu wijzigt niet in deze browser bewaard. Download het om het te bewaren; daarna kunt u het uit deze browser verwijderen.", what.nl()),
            StoredHeld { what, in_storage: true } => format!("{} kept in this browser could not be read, and the browser's storage is full: there was no room to set it aside. It stays where it was and is not overwritten, so what you change now is not kept in this browser. Download it to keep it; then you can remove it from this browser.", what.en()),
            StoredHeld { what, in_storage: false } if nl => format!("{} in deze browser was bewaard, kon niet worden gelezen, en de opslag van de browser is vol: het kon niet apart worden gezet en niet worden teruggezet. De download hieronder is de enige kopie: download het nu.", what.nl()),
            StoredHeld { what, in_storage: false } => format!("{} kept in this browser could not be read, and the browser's storage is full: it could be neither set aside nor put back. The download below is the only copy: download it now.", what.en()),
            StoredKept { key } if nl => format!("Het plan zoals het in deze browser bewaard was, met die regels, staat ongewijzigd onder de sleutel {key} in deze browser."),
            StoredKept { key } => format!("The plan as it was kept in this browser, with those lines, is kept unchanged under the key {key} in this browser."),
            StoredDownload { what } if nl => format!("Download {} dat niet gelezen kon worden", what.nl_object()),
            StoredDownload { what } => format!("Download {} that could not be read", what.en_object()),
            PlanAmountTooLarge { max } if nl => format!("Dat bedrag is onwaarschijnlijk groot: meer dan {max}. Controleer het aantal nullen."),
            PlanAmountTooLarge { max } => format!("That amount is implausibly large: more than {max}. Check the number of zeros."),
            PlanUnknownInstrument { id } if nl => format!("De catalogus kent geen instrument \"{id}\"."),
            PlanUnknownInstrument { id } => format!("The catalogue has no instrument \"{id}\"."),
            PlanUnknownEnvelope { id } if nl => format!("Er is geen budget \"{id}\"."),
            PlanUnknownEnvelope { id } => format!("There is no envelope \"{id}\"."),
            PlanYearOutside { year } if nl => format!("{year} valt buiten de planperiode 2025–2029."),
            PlanYearOutside { year } => format!("{year} is outside the plan period 2025–2029."),
            PlanRefused { problem, previous } if nl => format!("Niet opgeslagen: {problem} De vorige waarde blijft staan: {previous}."),
            PlanRefused { problem, previous } => format!("Not saved: {problem} The previous value stays: {previous}."),
            PlanOver { envelope, year, excess } if nl => format!("Overschreden: {envelope} in {year} met {excess}."),
            PlanOver { envelope, year, excess } => format!("Over-committed: {envelope} in {year} by {excess}."),
            PlanFteShort { org, year, planned, available } if nl => format!("Te weinig capaciteit: {org} in {year}, {planned} fte gepland, {available} fte beschikbaar."),
            PlanFteShort { org, year, planned, available } => format!("Not enough capacity: {org} in {year}, {planned} FTE planned, {available} FTE available."),
            PlanNothingOver if nl => "Geen budget overschreden.".to_string(),
            PlanNothingOver => "No envelope over-committed.".to_string(),
            PlanApplyPackage { count } if nl => format!("Pas het pakket toe op {} in dit inzetniveau", plural(lang, count, "land", "landen")),
            PlanApplyPackage { count } => format!("Apply the package to {} in this tier", plural(lang, count, "country", "countries")),
            PlanRowsOf { country, tier } => format!("{country} · {tier}"),
            PlanAmountLabel { what, year, line } => format!("{what} {year}, {line}"),
            ContributionAsked { org, by, on, deadline } if nl => format!("Verzoek aan {org} van {by}, {on}{}.", deadline.map(|d| format!("; graag antwoord vóór {d}")).unwrap_or_default()),
            ContributionAsked { org, by, on, deadline } => format!("Request to {org} from {by}, {on}{}.", deadline.map(|d| format!("; please answer by {d}")).unwrap_or_default()),
            ContributionAnswerSaved { file } if nl => format!("Antwoord opgeslagen als {file}. Stuur dit bestand terug aan wie het verzoek deed."),
            ContributionAnswerSaved { file } => format!("Answer saved as {file}. Send this file back to whoever made the request."),
            PlanRequestNothing { org } if nl => format!("{org} trekt geen regel van het plan en draagt er aan geen bij: er valt niets te vragen."),
            PlanRequestNothing { org } => format!("{org} leads no line of the plan and contributes to none: there is nothing to ask."),
            PlanRequestMade { org, lines, file } if nl => format!("Verzoek aan {org} ({}) opgeslagen als {file}.", plural(lang, lines, "regel", "regels")),
            PlanRequestMade { org, lines, file } => format!("Request to {org} ({}) saved as {file}.", plural(lang, lines, "line", "lines")),
            PlanRequestItem { org, on, lines, deadline } if nl => format!("{org}, {on}: {}{}", plural(lang, lines, "regel", "regels"), deadline.map(|d| format!(", uiterlijk {d}")).unwrap_or_default()),
            PlanRequestItem { org, on, lines, deadline } => format!("{org}, {on}: {}{}", plural(lang, lines, "line", "lines"), deadline.map(|d| format!(", by {d}")).unwrap_or_default()),
            PlanMergeReady { answers, changed, conflicts, notices } if nl => format!("{} gelezen: {} overgenomen, {}, {}.", plural(lang, answers, "antwoord", "antwoorden"), plural(lang, changed, "waarde", "waarden"), plural(lang, conflicts, "conflict", "conflicten"), match notices { 0 => "niets geweigerd".to_string(), n => format!("{} hieronder", plural(lang, n, "melding", "meldingen")) }),
            PlanMergeReady { answers, changed, conflicts, notices } => format!("{} read: {} taken over, {}, {}.", plural(lang, answers, "answer", "answers"), plural(lang, changed, "value", "values"), plural(lang, conflicts, "conflict", "conflicts"), match notices { 0 => "nothing refused".to_string(), n => format!("{} below", plural(lang, n, "notice", "notices")) }),
            PlanImportedNotSaved { from, file } if nl => format!("Geladen uit {from}; nog in geen planbestand opgeslagen. Opslaan maakt {file} (het werkboek blijft zoals het is)."),
            PlanImportedNotSaved { from, file } => format!("Loaded from {from}; not saved in a plan file yet. Saving makes {file} (the workbook stays as it is)."),
            PlanConflictsOpen { count } if nl => format!("Nog {} zonder keuze: kies bij elk conflict de waarde van het plan of van het antwoord (of alles voor één kant). Er wordt niets samengevoegd voordat elk conflict een keuze heeft.", plural(lang, count, "conflict", "conflicten")),
            PlanConflictsOpen { count } => format!("{} still without a choice: choose the plan's value or the answer's for each (or all for one side). Nothing is merged before every conflict has a choice.", plural(lang, count, "conflict", "conflicts")),
            AndMore { count } if nl => format!("en nog {count}"),
            AndMore { count } => format!("and {count} more"),
            FileReading { file, size } if nl => format!("{file} ({size}) wordt gelezen… Een werkboek met veel rijen kan enkele seconden duren; er verandert niets tot het bestand gelezen en goedgekeurd is."),
            FileReading { file, size } => format!("Reading {file} ({size})… A workbook of many rows can take a few seconds; nothing changes until the file is read and accepted."),
            PlanOtherData { made_with, in_use } if nl => format!("Let op: dit plan is gemaakt met andere gegevens ({made_with}) dan die nu in gebruik zijn ({in_use}). Scores, rangorde en inzetniveaus kunnen hier anders uitvallen dan bij wie het maakte."),
            PlanOtherData { made_with, in_use } => format!("Note: this plan was made with other data ({made_with}) than the data in use ({in_use}). Scores, ranking and tiers may come out differently here than for whoever made it."),
            FileReadingOvertaken { file } if nl => format!("{file} is gelezen maar niet in gebruik genomen: intussen is een ander plan in gebruik genomen. Kies {file} opnieuw om het toch te laden."),
            FileReadingOvertaken { file } => format!("{file} was read but not put into use: another plan was put into use meanwhile. Choose {file} again to load it after all."),
            FileApplying { file } if nl => format!("{file} is gelezen; het plan wordt nu in gebruik genomen…"),
            FileApplying { file } => format!("{file} is read; the plan is now being put into use…"),
            FileReadingStopped { file } if nl => format!("Het lezen van {file} is gestopt; er is niets uit overgenomen; wat in gebruik is, is niet veranderd."),
            FileReadingStopped { file } => format!("Reading {file} was stopped; nothing was taken from it; what is in use has not changed."),
            ContributionNotSaved { field } if nl => format!("Het antwoord is niet opgeslagen: {field} bevat nog een geweigerde invoer (zie de melding bij het veld). Pas die aan en sla dan op; de rest van het antwoord staat klaar."),
            ContributionNotSaved { field } => format!("The answer was not saved: {field} still holds refused input (see the message at the field). Correct it, then save; the rest of the answer is ready."),
            PlanAnswerCorrects { earlier, changed } if nl => format!("een gecorrigeerd antwoord op hetzelfde verzoek als het antwoord van {earlier}, dat al is samengevoegd; gelezen tegen dat antwoord verandert het {}.", plural(lang, changed, "waarde", "waarden")),
            PlanAnswerCorrects { earlier, changed } => format!("a corrected answer to the same request as the answer of {earlier}, which was merged before; read against that answer it changes {}.", plural(lang, changed, "value", "values")),
            PlanMergeDone { answers } if nl => format!("{} samengevoegd. Het logboek hieronder zegt wat er veranderde.", plural(lang, answers, "antwoord", "antwoorden")),
            PlanMergeDone { answers } => format!("{} merged. The log below says what changed.", plural(lang, answers, "answer", "answers")),
            PlanMergeLogItem { file, org, answered, merged, added, changed, conflicts, corrects, undone } if nl => format!("{merged}: {file} van {org} (beantwoord {answered}{}): {} toegevoegd, {} overgenomen, {}{}", corrects.map(|c| format!("; correctie op het antwoord van {c}")).unwrap_or_default(), plural(lang, added, "regel", "regels"), plural(lang, changed, "waarde", "waarden"), plural(lang, conflicts, "conflict", "conflicten"), undone.map(|u| format!(" — ongedaan gemaakt op {u}")).unwrap_or_default()),
            PlanMergeLogItem { file, org, answered, merged, added, changed, conflicts, corrects, undone } => format!("{merged}: {file} from {org} (answered {answered}{}): {} added, {} taken over, {}{}", corrects.map(|c| format!("; correcting the answer of {c}")).unwrap_or_default(), plural(lang, added, "line", "lines"), plural(lang, changed, "value", "values"), plural(lang, conflicts, "conflict", "conflicts"), undone.map(|u| format!(" — undone on {u}")).unwrap_or_default()),
            PlanConflictResolved { line, year, chosen } if nl => format!("{line}, {year}: gekozen voor {chosen}"),
            PlanConflictResolved { line, year, chosen } => format!("{line}, {year}: chose {chosen}"),
            PlanSavedTo { file } if nl => format!("Opgeslagen in {file}."),
            PlanSavedTo { file } => format!("Saved in {file}."),
            PlanDownloadedAs { file } if nl => format!("Gedownload als {file}. Deze browser kan niet in een gekozen bestand schrijven: elke keer opslaan geeft een nieuwe download."),
            PlanDownloadedAs { file } => format!("Downloaded as {file}. This browser cannot write to a chosen file: every save is a new download."),
            PlanSaveFailed { file } if nl => format!("{file} kon niet worden geschreven. Het plan staat nog hier; kies Opslaan als… voor een ander bestand."),
            PlanSaveFailed { file } => format!("{file} could not be written. The plan is still here; choose Save as… for another file."),
            PlanOpenedFrom { file } if nl => format!("{file} geopend. Opslaan schrijft voortaan naar dit bestand."),
            PlanOpenedFrom { file } => format!("{file} opened. Save now writes to this file."),
            PlanRecovered { file } if nl => format!("Hersteld uit de vorige sessie: wijzigingen die nog niet in {file} staan."),
            PlanRecovered { file } => format!("Recovered from the last session: changes not yet in {file}."),
            PlanRemoveLine { line } if nl => format!("Verwijder {line}"),
            PlanRemoveLine { line } => format!("Remove {line}"),
            PlanRemoveCountry { country } if nl => format!("Haal {country} uit het plan"),
            PlanRemoveCountry { country } => format!("Remove {country} from the plan"),
            PlanLeadOf { line } if nl => format!("Trekker, {line}"),
            PlanLeadOf { line } => format!("Lead, {line}"),
            PlanEnvelopeOf { line } if nl => format!("Budget, {line}"),
            PlanEnvelopeOf { line } => format!("Envelope, {line}"),
            PlanContributorsOf { line } if nl => format!("Bijdragende organisaties, {line}"),
            PlanContributorsOf { line } => format!("Contributing organisations, {line}"),
            PlanProposalSummary { count, score, cost } if nl => format!("Voorstel: {} erbij, samen score {score}, kosten {cost}.", plural(lang, count, "land", "landen")),
            PlanProposalSummary { count, score, cost } => format!("Proposal: {} added, total score {score}, cost {cost}.", plural(lang, count, "country", "countries")),
            PlanProposalUnknownYears { years } if nl => format!("Voor {years} geven de bronnen dit budget niet: het voorstel besteedt daar niets."),
            PlanProposalUnknownYears { years } => format!("For {years} the sources do not give this envelope: the proposal spends nothing there."),
            PlanDropped { count } if nl => format!("{} niet overgenomen, omdat de gegevens in gebruik ze niet kennen:", plural(lang, count, "verwijzing", "verwijzingen")),
            PlanDropped { count } => format!("{} not taken over, because the data in use does not know them:", plural(lang, count, "reference", "references")),
            PlanImported { name } if nl => format!("Plan \"{name}\" geladen."),
            PlanImported { name } => format!("Plan \"{name}\" loaded."),
            PlanChangesSince { statuses, rows, reviews } if nl => format!("{}, {} en {} sindsdien.", plural(lang, statuses, "statuswijziging", "statuswijzigingen"), plural(lang, rows, "instrument erbij", "instrumenten erbij"), plural(lang, reviews, "herbeoordeling", "herbeoordelingen")),
            PlanChangesSince { statuses, rows, reviews } => format!("{}, {} and {} since then.", plural(lang, statuses, "status change", "status changes"), plural(lang, rows, "instrument added", "instruments added"), plural(lang, reviews, "review", "reviews")),
            PlanReviewDone { country, date } if nl => format!("{date}: inzetniveau van {country} herbeoordeeld"),
            PlanReviewDone { country, date } => format!("{date}: tier of {country} reviewed"),
            PlanRowAdded { country, instrument, date } if nl => format!("{date}: {instrument} in {country} toegevoegd"),
            PlanRowAdded { country, instrument, date } => format!("{date}: {instrument} in {country} added"),
            SearchResults { shown, total } if nl && shown < total => format!("{} gevonden, de eerste {shown} getoond.", plural(lang, total, "resultaat", "resultaten")),
            SearchResults { total, .. } if nl => format!("{} gevonden.", plural(lang, total, "resultaat", "resultaten")),
            SearchResults { shown, total } if shown < total => format!("{} found, the first {shown} shown.", plural(lang, total, "result", "results")),
            SearchResults { total, .. } => format!("{} found.", plural(lang, total, "result", "results")),
            DifferenceAmount { left, right } => format!("{left} → {right}"),
            ConsultationSaved { date } if nl => format!("Overleg van {date} vastgelegd."),
            ConsultationSaved { date } => format!("Consultation of {date} recorded."),
            ConsultationChanged { date } if nl => format!("Overleg van {date} gewijzigd."),
            ConsultationChanged { date } => format!("Consultation of {date} changed."),
            ConsultationRemoved { date } if nl => format!("Overleg van {date} verwijderd."),
            ConsultationRemoved { date } => format!("Consultation of {date} removed."),
            ConsultationNotSaved { count } if nl => format!("Niet vastgelegd: {} hieronder. Wat u typte staat er nog.", plural(lang, count, "punt", "punten")),
            ConsultationNotSaved { count } => format!("Not recorded: {} below. What you typed is still there.", plural(lang, count, "point", "points")),
            RegisterShowing { shown, total } if nl => format!("{shown} van {} getoond.", plural(lang, total, "overleg", "overleggen")),
            RegisterShowing { shown, total } => format!("{shown} of {} shown.", plural(lang, total, "consultation", "consultations")),
            ConsultationCoverageCountries { since, countries } if nl => format!("Intensieve en gerichte landen zonder overleg sinds {since}: {countries}."),
            ConsultationCoverageCountries { since, countries } => format!("Intensive and targeted countries without consultation since {since}: {countries}."),
            ConsultationCoverageAllCountries { since } if nl => format!("Over elk intensief en gericht land is sinds {since} overlegd."),
            ConsultationCoverageAllCountries { since } => format!("Every intensive and targeted country was the subject of a consultation since {since}."),
            ConsultationCoverageThemes { since, themes } if nl => format!("Onderwerpen uit de agenda zonder overleg sinds {since}: {themes}."),
            ConsultationCoverageThemes { since, themes } => format!("Topics from the agenda without consultation since {since}: {themes}."),
            ConsultationCoverageAllThemes { since } if nl => format!("Over elk onderwerp uit de agenda is sinds {since} overlegd."),
            ConsultationCoverageAllThemes { since } => format!("Every topic from the agenda was the subject of a consultation since {since}."),
            FollowUpDoneOn { date } if nl => format!("gedaan op {date}"),
            FollowUpDoneOn { date } => format!("done on {date}"),
            ConsultationOf { date, organisations } if nl => format!("overleg van {date} met {organisations}"),
            ConsultationOf { date, organisations } => format!("consultation of {date} with {organisations}"),
            MemoNoConsultationSince { since } if nl => format!("Geen overleg over dit land in het register sinds {since}."),
            MemoNoConsultationSince { since } => format!("No consultation on this country in the register since {since}."),
            OrganisationNumber { number } if nl => format!("Organisatie {number}"),
            OrganisationNumber { number } => format!("Organisation {number}"),
            FollowUpNumber { number } if nl => format!("Vervolgactie {number}"),
            FollowUpNumber { number } => format!("Follow-up action {number}"),
            MemoNoProtection { instruments } if nl => format!("Geen van de regels dient bescherming ({instruments})."),
            MemoNoProtection { instruments } => format!("None of the lines serves protection ({instruments})."),
            MemoNoMoneyIn { years } if nl => format!("Intensief, maar geen geld gepland in {years}."),
            MemoNoMoneyIn { years } => format!("Intensive, but no money planned in {years}."),
            MemoNoFteIn { years } if nl => format!("Intensief, maar geen fte gepland in {years}."),
            MemoNoFteIn { years } => format!("Intensive, but no FTE planned in {years}."),
            MemoOneChannel { channel } if nl => format!("Intensief, maar alle regels lopen langs één kanaal: {channel}."),
            MemoOneChannel { channel } => format!("Intensive, but every line goes through one channel: {channel}."),
            MemoReviewOverdue { due } if nl => format!("Het inzetniveau had op {due} herbeoordeeld moeten worden."),
            MemoReviewOverdue { due } => format!("The tier was due for review on {due}."),
            MemoAdjustmentOverdue { adjustment, due } if nl => format!("De handmatige aanpassing ({adjustment}) had op {due} herbeoordeeld moeten worden."),
            MemoAdjustmentOverdue { adjustment, due } => format!("The manual adjustment ({adjustment}) was due for review on {due}."),
            MemoStatusWithoutSource { status, date } if nl => format!("Status \"{status}\" sinds {date} zonder bron."),
            MemoStatusWithoutSource { status, date } => format!("Status \"{status}\" since {date} without a source."),
            MemoStatusSourceUnknown { status, source } if nl => format!("Status \"{status}\" steunt op bron \"{source}\", die niet in het register in gebruik staat."),
            MemoStatusSourceUnknown { status, source } => format!("Status \"{status}\" rests on source \"{source}\", which is not in the registry in use."),
            MemoAspectsUnknown { instruments } if nl => format!("De catalogus in gebruik zegt niet welke aspecten deze instrumenten dienen: {instruments}."),
            MemoAspectsUnknown { instruments } => format!("The catalogue in use does not say which aspects these instruments serve: {instruments}."),
            MemoFteUnknown { orgs } if nl => format!("Beschikbare fte niet ingevuld voor {orgs}."),
            MemoFteUnknown { orgs } => format!("Available FTE not entered for {orgs}."),
            MemoCounts { in_order, attention, cannot_judge, decided } if nl => format!("{in_order} in orde · {attention} vraagt aandacht · {cannot_judge} niet te beoordelen · {decided} bewust niet"),
            MemoCounts { in_order, attention, cannot_judge, decided } => format!("{in_order} in order · {attention} need attention · {cannot_judge} cannot be judged · {decided} deliberately not"),
            MemoDecidedOn { date, reason } if nl => format!("Bewust niet, vastgelegd op {date}: {reason}"),
            MemoDecidedOn { date, reason } => format!("Deliberately not, recorded on {date}: {reason}"),
            MemoReviewBefore { date } if nl => format!("De herbeoordeling kan niet vóór {date} liggen, de datum van het besluit of de laatste herbeoordeling."),
            MemoReviewBefore { date } => format!("The review cannot be before {date}, the date of the decision or of the last review."),
            MemoChannelDefaults { count } if nl => format!("{} zonder gekozen kanaal: {}.", plural(lang, count, "regel", "regels"), if count == 1 { "die volgt de familie van zijn instrument" } else { "die volgen de familie van hun instrument" }),
            MemoChannelDefaults { count } => format!("{} without a chosen channel: {} the instrument's family.", plural(lang, count, "line", "lines"), if count == 1 { "it follows" } else { "they follow" }),
            PlanChannelOf { line } if nl => format!("Kanaal van {line}"),
            PlanChannelOf { line } => format!("Channel of {line}"),
            MemoDecideFor { check, country } if nl => format!("Bewust niet: {check}, {country}"),
            MemoDecideFor { check, country } => format!("Deliberately not: {check}, {country}"),
        }
    }
}

/// The message in the user's language.
pub fn tr(lang: Lang, message: Msg) -> String {
    message.text(lang)
}
