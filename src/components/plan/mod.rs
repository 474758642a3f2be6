//! The parts of the plan view. Each renders from the plan it is given and says what the user
//! did as a `PlanAction` through `state::plan::PlanDispatch`.

pub mod amount_input;
pub mod budget;
pub mod charts;
pub mod contributions;
pub mod countries;
pub mod document;
pub mod exchange;
pub mod line_row;
pub mod memo_panel;
pub mod packages;
pub mod status;
pub mod undo;
pub mod value;

use std::collections::BTreeMap;
use std::rc::Rc;

use beleidsagenda_model::plan::totals::Totals;
use beleidsagenda_model::plan::Envelope;
use beleidsagenda_model::selection::{RankedCountry, Tier};
use beleidsagenda_model::{Dataset, Lang};

/// Options of a `<select>` whose first is selected: Yew inserts a list's children last first,
/// and a select left to itself would then start on its last option.
pub fn first_selected(options: impl Iterator<Item = (String, String)>) -> Vec<yew::Html> {
    options
        .enumerate()
        .map(|(i, (value, label))| yew::html! { <option {value} selected={i == 0}>{ label }</option> })
        .collect()
}

/// Options of a `<select>` that starts on no choice (`placeholder`, value ""): where a default
/// would be a decision the user did not make (which country, what adjustment).
pub fn empty_first(placeholder: &str, options: impl Iterator<Item = (String, String)>) -> Vec<yew::Html> {
    std::iter::once(yew::html! { <option value="" selected={true}>{ placeholder }</option> })
        .chain(
            options.map(|(value, label)| yew::html! { <option {value} selected={false}>{ label }</option> }),
        )
        .collect()
}

/// What a loaded plan referred to that the data in use does not know, one item each; a long
/// list ends in a count, so a file of thousands of unknown countries is a notice, not a page.
pub fn dropped_list(gone: &[beleidsagenda_model::plan::import::Dropped], lang: Lang) -> yew::Html {
    const LISTED: usize = 50;
    yew::html! {
        <ul>
            { for gone.iter().take(LISTED).map(|d| yew::html! { <li>{ beleidsagenda_model::plan::labels::dropped(d, lang) }</li> }) }
            if gone.len() > LISTED {
                <li>{ beleidsagenda_model::tr(lang, beleidsagenda_model::Msg::AndMore { count: gone.len() - LISTED }) }</li>
            }
        </ul>
    }
}

/// What every part of the plan view reads, computed once per change by the page.
#[derive(Clone, PartialEq)]
pub struct PlanView {
    pub lang: Lang,
    pub dataset: Rc<Dataset>,
    pub envelopes: Rc<Vec<Envelope>>,
    pub plan: Rc<beleidsagenda_model::plan::Plan>,
    /// The ranking of the plan's selection.
    pub ranking: Rc<Vec<RankedCountry>>,
    pub tiers: Rc<BTreeMap<String, Tier>>,
    pub totals: Rc<Totals>,
    /// The plan held against the memo.
    pub memo: Rc<beleidsagenda_model::plan::memo::MemoReport>,
    /// The data in use, as a plan file names it.
    pub data: Rc<crate::state::context::DataInUse>,
}

impl PlanView {
    pub fn country_name(&self, iso3: &str) -> String {
        self.dataset.country_name(iso3, self.lang)
    }

    pub fn instrument_name(&self, id: &str) -> String {
        self.dataset
            .instruments
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn envelope_name(&self, id: &str) -> String {
        self.envelopes
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.get(self.lang).to_string())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn tier(&self, iso3: &str) -> Option<Tier> {
        self.tiers.get(iso3).copied()
    }
}

/// "Made with other data": shown when a plan file opened says it was made with data other than
/// the data in use (a file that does not say, from before files did, shows nothing).
pub fn other_data_notice(text: &str, view: &PlanView) -> yew::Html {
    use beleidsagenda_model::{t, tr, Key, Msg};
    let Some(made_with) = beleidsagenda_model::data::identity::file_data(text) else {
        return yew::html! {};
    };
    let in_use = view.data.identity();
    if !made_with.differs_from(in_use) {
        return yew::html! {};
    }
    let lang = view.lang;
    yew::html! {
        <div class="ba-notice">
            <p>{ tr(lang, Msg::PlanOtherData { made_with: &made_with.name, in_use: &in_use.name }) }</p>
            <p><a href={format!("#/{}/data", lang.code())}>{ t(lang, Key::PlanOtherDataLink) }</a></p>
        </div>
    }
}
