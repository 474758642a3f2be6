use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::data::agenda::SourceRef;
use crate::lang::LocalText;
use crate::plan::org::Org;

/// The `format` every step-plan file carries.
pub const STEP_PLAN_FORMAT: &str = "beleidsagenda-stappenplan";
pub const STEP_PLAN_VERSION: u32 = 1;
pub const STEP_PLAN_FILE: &str = "data/intern/stappenplan.json";
pub const BUNDLED_TEMPLATE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/intern/stappenplan.json"));
/// Notes are free text; long enough for a paragraph, short enough to stay a note.
pub const MAX_NOTES_CHARS: usize = 2_000;

/// The steps every partner country goes through, as an organisation defines them.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepTemplate {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub name: LocalText,
    /// What the template is and is not, shown above the steps.
    pub notice: LocalText,
    pub steps: Vec<TemplateStep>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateStep {
    pub id: String,
    pub title: LocalText,
    pub description: LocalText,
    pub conditions: Vec<Condition>,
    /// Who leads the step unless a country's record says otherwise.
    pub owner: Org,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// What in the step is the template's own assumption rather than its sources'. A step
    /// needs sources, an assumption, or both.
    #[serde(default)]
    pub assumption: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub id: String,
    pub text: LocalText,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    #[default]
    NotStarted,
    InProgress,
    OnHold,
    Done,
    /// The step does not apply to this country; it leaves the count.
    NotApplicable,
}

impl StepStatus {
    pub const ALL: [StepStatus; 5] = [
        StepStatus::NotStarted,
        StepStatus::InProgress,
        StepStatus::OnHold,
        StepStatus::Done,
        StepStatus::NotApplicable,
    ];
}

/// Whether a condition is met. Unknown until someone says: never read as "not met".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConditionState {
    #[default]
    Unknown,
    Met,
    NotMet,
}

impl ConditionState {
    pub const ALL: [ConditionState; 3] = [
        ConditionState::Unknown,
        ConditionState::Met,
        ConditionState::NotMet,
    ];
}

/// One step of one country. A step nobody touched has no record and reads as the default.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    #[serde(default)]
    pub status: StepStatus,
    pub owner: Org,
    /// `YYYY-MM-DD`: when the status was set or the step is due.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub notes: String,
    /// By condition id; a condition not here is unknown.
    #[serde(default)]
    pub conditions: BTreeMap<String, ConditionState>,
}

impl StepRecord {
    pub fn untouched(step: &TemplateStep) -> StepRecord {
        StepRecord {
            status: StepStatus::NotStarted,
            owner: step.owner,
            date: None,
            notes: String::new(),
            conditions: BTreeMap::new(),
        }
    }

    pub fn condition(&self, id: &str) -> ConditionState {
        self.conditions.get(id).copied().unwrap_or_default()
    }
}

/// The template in use and where each country stands. Travels inside the plan, so scenarios
/// and plan files carry it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StepPlan {
    pub template: StepTemplate,
    /// By ISO 3166-1 alpha-3, then by step id. Records of steps the template no longer has are
    /// kept (a loaded template never deletes progress) and listed apart.
    #[serde(default)]
    pub countries: BTreeMap<String, BTreeMap<String, StepRecord>>,
}

impl Default for StepPlan {
    fn default() -> StepPlan {
        StepPlan {
            template: bundled_template().clone(),
            countries: BTreeMap::new(),
        }
    }
}

/// The bundled template. The native tests prove it parses and validates.
pub fn bundled_template() -> &'static StepTemplate {
    static TEMPLATE: OnceLock<StepTemplate> = OnceLock::new();
    TEMPLATE.get_or_init(|| serde_json::from_str(BUNDLED_TEMPLATE).expect("the bundled step plan parses"))
}

impl StepPlan {
    pub fn step(&self, id: &str) -> Option<&TemplateStep> {
        self.template.steps.iter().find(|s| s.id == id)
    }

    /// A country's record of a step, or the untouched default.
    pub fn record(&self, country: &str, step: &TemplateStep) -> StepRecord {
        self.countries
            .get(country)
            .and_then(|steps| steps.get(&step.id))
            .cloned()
            .unwrap_or_else(|| StepRecord::untouched(step))
    }

    /// Progress kept for steps the template in use does not have: `(country, step id)`.
    pub fn orphans(&self) -> Vec<(&str, &str)> {
        self.countries
            .iter()
            .flat_map(|(country, steps)| {
                steps
                    .keys()
                    .filter(|id| self.step(id).is_none())
                    .map(move |id| (country.as_str(), id.as_str()))
            })
            .collect()
    }
}
