//! The plan as a document: the file it was last saved to or opened from, and the plan as that
//! file holds it, so that "changes not yet in the file" is a comparison, not a flag to keep in
//! step. Kept in this browser beside the working plan, so that after a crash or a closed tab the
//! app knows what the last working state adds to the file, and says so.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::plan::types::Plan;
use crate::text::i18n::{t, Key};

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanDocument {
    /// The file's name as the browser gave it (picker or download); none before the first save.
    #[serde(default)]
    pub file_name: Option<String>,
    /// The plan as that file holds it.
    #[serde(default)]
    pub saved: Option<Plan>,
    /// `YYYY-MM-DD` of the last save or open.
    #[serde(default)]
    pub saved_on: Option<String>,
    /// A plan read from a file that is not the plan file (a workbook): its name. The plan lives
    /// in no file until it is saved; the first save suggests the plan file beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
}

impl PlanDocument {
    /// After saving `plan` to `file_name`, or opening it from there.
    pub fn in_file(file_name: &str, plan: &Plan, on: &str) -> PlanDocument {
        PlanDocument {
            file_name: Some(file_name.to_string()),
            saved: Some(plan.clone()),
            saved_on: Some(on.to_string()),
            imported_from: None,
        }
    }

    /// After reading the plan from `file` that is not a plan file (a workbook): in no file yet.
    pub fn imported(file: &str) -> PlanDocument {
        PlanDocument {
            imported_from: Some(file.to_string()),
            ..PlanDocument::default()
        }
    }

    /// The name a save suggests: the file in use, the plan file beside an imported workbook,
    /// or the plan's title and the date.
    pub fn suggested_name(&self, lang: Lang, today: &str) -> String {
        match (&self.file_name, &self.imported_from) {
            (Some(file), _) => file.clone(),
            (None, Some(from)) => plan_file_name(from),
            (None, None) => suggested_file_name(lang, today),
        }
    }

    /// Whether `plan` holds changes its file does not. A plan never saved has them as soon as
    /// it differs from a new plan: until then there is nothing to lose.
    pub fn has_unsaved_changes(&self, plan: &Plan) -> bool {
        match &self.saved {
            Some(saved) => saved != plan,
            None => *plan != Plan::default(),
        }
    }
}

/// The name a first save suggests: the plan's title and the date, `inzetplan-2026-12-04.json`.
/// The name a plan opened from `opened` is saved under: a workbook's plan is saved as the plan
/// file (JSON) beside it, never written into the workbook.
pub fn plan_file_name(opened: &str) -> String {
    let lower = opened.to_lowercase();
    match [".xlsx", ".xlsm", ".xls"]
        .iter()
        .find(|ext| lower.ends_with(*ext))
    {
        Some(ext) => format!("{}.json", &opened[..opened.len() - ext.len()]),
        None => opened.to_string(),
    }
}

pub fn suggested_file_name(lang: Lang, today: &str) -> String {
    let title = t(lang, Key::PlanTitle).to_lowercase().replace(' ', "-");
    format!("{title}-{today}.json")
}

/// The window title's first part: the file and, in words, whether it has unsaved changes.
pub fn document_label(document: &PlanDocument, unsaved: bool, lang: Lang) -> String {
    let name = match (&document.file_name, &document.imported_from) {
        (Some(file), _) => file.clone(),
        (None, Some(from)) => format!("{} ({from})", t(lang, Key::PlanNotSavedYet)),
        (None, None) => t(lang, Key::PlanNotSavedYet).to_string(),
    };
    if unsaved {
        format!("{name} ({})", t(lang, Key::PlanChanged))
    } else {
        name
    }
}
