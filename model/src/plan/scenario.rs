//! Named scenarios (saved selection settings, with the plan if there is one), their comparison,
//! and the scenario file format a user can export and import again. On the plan's floor because
//! a scenario holds a plan.

use serde::{Deserialize, Serialize};

use crate::data::identity::DataIdentity;

use crate::check::reason::Reason;
use crate::data::dataset::Dataset;
use crate::selection::url_state::{decode, encode, Ignored};
use crate::selection::{rank_dataset, SelectionSettings, Tier};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub saved: String,
    /// The settings as the URL query (`url_state`), so old scenarios decode like old links.
    pub query: String,
    /// The deployment plan saved with the selection, if any (scenarios saved before plans
    /// existed have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<crate::plan::types::Plan>,
}

impl Scenario {
    pub fn new(name: &str, saved: &str, settings: &SelectionSettings) -> Scenario {
        Scenario {
            name: name.trim().to_string(),
            saved: saved.to_string(),
            query: encode(settings),
            plan: None,
        }
    }

    pub fn settings(&self, dataset: &Dataset) -> (SelectionSettings, Vec<Ignored>) {
        decode(&self.query, dataset)
    }
}

/// What is kept in localStorage: every saved scenario, newest last.
#[derive(Clone, Debug, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioList {
    pub version: u32,
    pub scenarios: Vec<Scenario>,
}

impl ScenarioList {
    pub fn parse(text: &str) -> Result<ScenarioList, String> {
        serde_json::from_str::<ScenarioList>(text).map_err(|e| e.to_string())
    }

    /// Saves under the name, replacing a scenario of the same name. Saving only selection
    /// settings over a scenario that carries a plan keeps its plan: a name is not a way to lose one.
    pub fn save(&mut self, mut scenario: Scenario) {
        if scenario.plan.is_none() {
            scenario.plan = self
                .scenarios
                .iter()
                .find(|s| s.name == scenario.name)
                .and_then(|s| s.plan.clone());
        }
        self.scenarios.retain(|s| s.name != scenario.name);
        self.scenarios.push(scenario);
        self.version = 1;
    }

    pub fn remove(&mut self, name: &str) {
        self.scenarios.retain(|s| s.name != name);
    }
}

/// The exported file of one scenario.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Always "beleidsagenda-scenario".
    pub format: String,
    pub version: u32,
    pub scenario: Scenario,
    /// The settings spelled out, for readers of the file; the app reads `scenario.query`.
    pub settings: SelectionSettings,
    /// The data it was made with (files from before this was written lack it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<DataIdentity>,
}

pub const SCENARIO_FORMAT: &str = "beleidsagenda-scenario";

/// The scenario as a file, saying which data it was made with.
pub fn export_scenario(scenario: &Scenario, settings: &SelectionSettings, data: &DataIdentity) -> String {
    let file = ScenarioFile {
        format: SCENARIO_FORMAT.to_string(),
        version: 1,
        scenario: scenario.clone(),
        settings: settings.clone(),
        data: Some(data.clone()),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[derive(Clone, Debug, PartialEq)]
pub enum ScenarioImportError {
    /// Why the JSON does not read, in both languages, with its 1-based line and column.
    NotJson {
        reason: Reason,
        line: usize,
        column: usize,
    },
    NotAScenario,
}

/// Reads an exported scenario: everything valid is applied, the rest listed in `Ignored`.
pub fn import_scenario(
    text: &str,
    dataset: &Dataset,
) -> Result<(Scenario, SelectionSettings, Vec<Ignored>), ScenarioImportError> {
    // Read twice: as free JSON (where the depth limit stops a hostile file) for the format, then
    // as the scenario. A scenario taken from the free JSON tree compiled every type's reader once
    // more (docs/benchmarks-log.md, issue 25).
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rfind(" at line ")
            .map_or(message.as_str(), |cut| &message[..cut]);
        ScenarioImportError::NotJson {
            reason: Reason::from_serde(message),
            line: e.line(),
            column: e.column(),
        }
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(SCENARIO_FORMAT) {
        return Err(ScenarioImportError::NotAScenario);
    }
    #[derive(Deserialize)]
    struct File {
        scenario: Scenario,
    }
    let File { scenario } = serde_json::from_str(text).map_err(|_| ScenarioImportError::NotAScenario)?;
    let (settings, ignored) = scenario.settings(dataset);
    Ok((scenario, settings, ignored))
}

/// A country whose tier differs between two scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct TierDifference {
    pub iso3: String,
    pub left: Option<Tier>,
    pub right: Option<Tier>,
}

pub fn compare(
    dataset: &Dataset,
    left: &SelectionSettings,
    right: &SelectionSettings,
) -> Vec<TierDifference> {
    let (_, _, a) = rank_dataset(dataset, left);
    let (_, _, b) = rank_dataset(dataset, right);
    a.iter()
        .zip(&b)
        .filter(|(x, y)| x.tier != y.tier)
        .map(|(x, y)| TierDifference {
            iso3: x.iso3.clone(),
            left: x.tier,
            right: y.tier,
        })
        .collect()
}
