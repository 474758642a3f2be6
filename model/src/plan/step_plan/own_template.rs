//! A step-plan file an organisation loads: parsed with JSON paths and validated as a whole.

use crate::check::error::DataError;
use crate::check::json::parse;
use crate::check::reason::Reason;
use crate::data::sources::SourceRegistry;
use crate::plan::step_plan::check::validate_template;
use crate::plan::step_plan::types::{StepTemplate, STEP_PLAN_FORMAT};

/// Reads a step-plan file a user loads. Refused as a whole on any error, so the template and
/// progress in use stay as they were.
pub fn parse_template_file(
    file_name: &str,
    text: &str,
    sources: &SourceRegistry,
) -> Result<StepTemplate, Vec<DataError>> {
    if text.len() > crate::check::dataset::MAX_FILE_BYTES {
        return Err(vec![DataError::new(
            file_name,
            "$",
            Reason::TooLarge {
                bytes: text.len() as u64,
            },
        )]);
    }
    #[derive(serde::Deserialize)]
    struct Head {
        format: Option<serde_json::Value>,
    }
    let head: Head = parse(file_name, text).map_err(|e| vec![e])?;
    let format = head.format.map(|f| match f {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    if format.as_deref() != Some(STEP_PLAN_FORMAT) {
        return Err(vec![DataError::new(
            file_name,
            "$.format",
            Reason::NotStepPlanFormat(format.unwrap_or_default()),
        )]);
    }
    let template: StepTemplate = parse(file_name, text).map_err(|e| vec![e])?;
    let errors = validate_template(file_name, "$", &template, Some(sources));
    if errors.is_empty() {
        Ok(template)
    } else {
        Err(errors)
    }
}
