//! UI text of the internal edition only: the confidentiality banner and the step plan. Not
//! compiled into the public edition (the `leaks` test layer searches the public file for every
//! text of 20 characters or more in this file).

crate::catalogue! {
    INTERN;
    AppNameIntern => (
        "Beleidsagenda Taskforce Internationale Migratie, interne editie",
        "Policy agenda Taskforce International Migration, internal edition",
    ),
    InternBannerTitle => ("VERTROUWELIJK", "CONFIDENTIAL"),
    InternBannerText => (
        "Interne editie met het stappenplan reguliere migratie. Niet op een openbare plek zetten en niet delen buiten de taskforce.",
        "Internal edition with the step plan for regular migration. Do not put it on a public share or pass it on outside the taskforce.",
    ),
    NavStepPlan => ("Stappenplan", "Step plan"),
    StepPlanTitle => ("Stappenplan reguliere migratie", "Step plan for regular migration"),
    StepPlanIntro => (
        "Per partnerland de stappen naar afspraken over reguliere migratie en arbeidsmigratie, onder strikte voorwaarden en met wederkerige afspraken, bijvoorbeeld over terugkeer. Het stappenplan reist mee in het inzetplan: in de scenario's en in het plan als bestand.",
        "Per partner country the steps towards arrangements on regular and labour migration, under strict conditions and with reciprocal agreements, for example on return. The step plan travels with the deployment plan: in the scenarios and in the plan file.",
    ),
    StepPlanTemplateHeading => ("Het stappenplan in gebruik", "The step plan in use"),
    StepPlanOverview => ("Voortgang per land", "Progress per country"),
    StepPlanAcrossCountries => ("Per stap, over alle landen", "Per step, across countries"),
    StepPlanCountryColumn => ("Land", "Country"),
    StepPlanDoneColumn => ("Gereed", "Done"),
    StepPlanNextColumn => ("Volgende stap", "Next step"),
    StepPlanAllDone => ("Alle stappen die van toepassing zijn, zijn gereed", "Every step that applies is done"),
    StepPlanNoApplicable => ("Geen stap is van toepassing", "No step applies"),
    StepPlanPerCountry => ("Stappen per land", "Steps per country"),
    StepPlanAddHeading => ("Land toevoegen", "Add a country"),
    StepPlanAddLabel => ("Land", "Country"),
    StepPlanAddButton => ("Voeg toe aan het stappenplan", "Add to the step plan"),
    StepPlanSuggested => (
        "In de interne data staan afspraken over arbeidsmigratie bij:",
        "The internal data records labour-migration arrangements for:",
    ),
    StepPlanNoCountries => (
        "Nog geen landen in het stappenplan. Voeg hieronder een land toe.",
        "No countries in the step plan yet. Add one below.",
    ),
    StepPlanRemoveCountry => ("Haal uit het stappenplan", "Take out of the step plan"),
    StepStatusLabel => ("Status", "Status"),
    StepStatusNotStarted => ("Niet begonnen", "Not started"),
    StepStatusInProgress => ("Bezig", "In progress"),
    StepStatusOnHold => ("Aangehouden", "On hold"),
    StepStatusDone => ("Gereed", "Done"),
    StepStatusNotApplicable => ("Niet van toepassing", "Not applicable"),
    StepOwner => ("Trekker", "Lead"),
    StepDate => ("Datum (JJJJ-MM-DD)", "Date (YYYY-MM-DD)"),
    StepNotes => ("Notities", "Notes"),
    StepNotesHint => (
        "Geen persoonsgegevens: namen en contactgegevens van ambtenaren horen hier niet (nota, paragraaf 5).",
        "No personal data: civil servants' names and contact details do not belong here (memo, section 5).",
    ),
    StepConditions => ("Voorwaarden", "Conditions"),
    ConditionUnknown => ("Onbekend", "Unknown"),
    ConditionMet => ("Voldaan", "Met"),
    ConditionNotMet => ("Niet voldaan", "Not met"),
    StepGround => ("Grond", "Grounds"),
    StepSaveNotes => ("Bewaar notities", "Save notes"),
    StepFilesHeading => ("Eigen stappenplan en bestanden", "Own step plan and files"),
    StepPlanLoadLabel => ("Laad een eigen stappenplan (JSON)", "Load your own step plan (JSON)"),
    StepPlanLoadHelp => (
        "Een bestand in de vorm van het stappenplan hieronder te downloaden. Bij een fout wordt niets geladen en blijft alles zoals het was; de voortgang per land blijft altijd bewaard.",
        "A file in the form of the step plan you can download below. On an error nothing is loaded and everything stays as it was; the progress per country is always kept.",
    ),
    StepPlanDownloadTemplate => ("Download het stappenplan in gebruik (JSON)", "Download the step plan in use (JSON)"),
    StepPlanDownloadXlsx => ("Download de voortgang (Excel)", "Download the progress (Excel)"),
    StepPlanDownloadCsv => ("Download de voortgang (CSV)", "Download the progress (CSV)"),
    StepPlanRefused => (
        "Het bestand is niet geladen; het stappenplan in gebruik is ongewijzigd.",
        "The file was not loaded; the step plan in use is unchanged.",
    ),
    StepPlanUndo => ("Maak het laden ongedaan", "Undo the load"),
    StepPlanOrphansHeading => (
        "Voortgang bij stappen die niet in dit stappenplan staan",
        "Progress on steps that are not in this step plan",
    ),
    StepPlanOrphansHelp => (
        "Bewaard, niet verwijderd: laadt u het vorige stappenplan weer, dan telt deze voortgang weer mee.",
        "Kept, not deleted: load the previous step plan again and this progress counts again.",
    ),
    StepPlanDropOrphans => ("Verwijder deze voortgang", "Delete this progress"),
    PlanProblemNoSuchStep => (
        "Die stap of voorwaarde staat niet in het stappenplan in gebruik.",
        "That step or condition is not in the step plan in use.",
    ),
    PlanProblemTextTooLong => (
        "Deze notitie is niet bewaard: hij is langer dan 2.000 tekens.",
        "This note was not saved: it is longer than 2,000 characters.",
    ),
    CheckReciprocity => ("Wederkerige afspraken", "Reciprocal agreements"),
    CheckReciprocityWhat => (
        "Een land met een regel arbeidsmigratie, of met voortgang in het stappenplan voorbij de stap wederkerigheid, heeft de voorwaarden van die stap vervuld, of een vastgelegde reden.",
        "A country with a labour-migration line, or with step-plan progress past the reciprocity step, has that step's conditions met, or a recorded reason.",
    ),
    ReciprocityNotMet => ("Niet vervuld in het stappenplan:", "Not met in the step plan:"),
    ReciprocityUnrecorded => ("Nog niet vastgelegd in het stappenplan:", "Not yet recorded in the step plan:"),
    NoReciprocityStep => (
        "Het stappenplan in gebruik heeft geen stap voor wederkerige afspraken.",
        "The step plan in use has no step for reciprocal agreements.",
    ),
}
