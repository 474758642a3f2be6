use std::rc::Rc;

use beleidsagenda_model::plan::labels::{partnership_status, plan_problem};
use beleidsagenda_model::plan::{LineRef, PlanAction, PlanProblem};
use beleidsagenda_model::selection::labels::tier as tier_key;
use beleidsagenda_model::text::format::{euros, fixed};
use beleidsagenda_model::{t, tr, Key, Msg};
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::plan::line_row::{line_head, LineRow};
use crate::components::plan::memo_panel::country_checks;
use crate::components::plan::{empty_first, first_selected, PlanView};
use crate::route::Route;
use crate::state::plan::PlanDispatch;
use beleidsagenda_model::plan::memo::checks::line_channel;

#[derive(Properties, PartialEq)]
pub struct CountriesProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// The countries in the plan, each with its instruments; and adding any country by hand,
/// because the list must stay flexible for current events.
#[function_component(CountriesPanel)]
pub fn countries_panel(props: &CountriesProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let message = use_state(|| None::<String>);
    let report = {
        let message = message.clone();
        move |result: Result<(), beleidsagenda_model::plan::PlanProblem>| match result {
            Ok(()) => message.set(None),
            Err(p) => message.set(Some(plan_problem(&p, lang))),
        }
    };
    let country_select = use_node_ref();
    let instrument_select = use_node_ref();
    let add_country = {
        let (dispatch, cs, is, report) = (
            props.dispatch.clone(),
            country_select.clone(),
            instrument_select.clone(),
            report.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (Some(c), Some(i)) = (cs.cast::<HtmlSelectElement>(), is.cast::<HtmlSelectElement>()) else {
                return;
            };
            if c.value().is_empty() {
                let _ = c.focus();
                report(Err(PlanProblem::NoCountryChosen));
                return;
            }
            let added = dispatch.apply(PlanAction::AddRow {
                country: c.value(),
                instrument: i.value(),
            });
            if added.is_ok() {
                // The next country is the user's choice again.
                c.set_value("");
            }
            report(added);
        })
    };
    let mut countries: Vec<&beleidsagenda_model::Country> = view.dataset.countries.iter().collect();
    beleidsagenda_model::order::sort_by_key(&mut countries, |c| c.name.get(lang).to_string());

    let blocks = view.plan.countries().into_iter().map(|iso3| {
        let name = view.country_name(&iso3);
        let ranked = view.ranking.iter().find(|r| r.iso3 == iso3);
        let tier_text = match view.tier(&iso3) {
            Some(tier) => t(lang, tier_key(tier)).to_string(),
            None => t(lang, Key::PlanNoTier).to_string(),
        };
        let score = ranked.and_then(|r| r.score).map(|s| fixed(s, 2, lang));
        let status = view.plan.current_status(&iso3).map(|s| t(lang, partnership_status(s.status)));
        let rows = view.plan.rows.iter().filter(|r| r.country == iso3).map(|row| {
            html! {
                <LineRow key={format!("{}-{}", row.country, row.instrument)} lang={lang} envelopes={Rc::clone(&view.envelopes)} dispatch={props.dispatch.clone()}
                    line={LineRef::Row { country: row.country.clone(), instrument: row.instrument.clone() }} name={view.instrument_name(&row.instrument)}
                    instrument={row.instrument.clone()} lead={row.lead} contributors={row.contributors.clone()}
                    envelope={row.envelope.clone()} years={row.years.clone()}
                    channel={Some(line_channel(row, &view.dataset.instruments))}
                    remove={PlanAction::RemoveRow { country: row.country.clone(), instrument: row.instrument.clone() }} />
            }
        });
        let select = NodeRef::default();
        let add = {
            let (dispatch, select, iso3, report) = (props.dispatch.clone(), select.clone(), iso3.clone(), report.clone());
            Callback::from(move |_: MouseEvent| {
                let Some(s) = select.cast::<HtmlSelectElement>() else { return };
                report(dispatch.apply(PlanAction::AddRow { country: iso3.clone(), instrument: s.value() }));
            })
        };
        let remove = {
            let iso3 = iso3.clone();
            props.dispatch.on(move |_: MouseEvent| Some(PlanAction::RemoveCountry(iso3.clone())))
        };
        let heading_id = format!("ba-plan-country-{}", iso3.to_lowercase());
        let total = view.totals.by_country.get(&iso3).copied().unwrap_or(0);
        html! {
            <section class="ba-plan__country" key={iso3.clone()} aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id}>{ tr(lang, Msg::PlanRowsOf { country: &name, tier: &tier_text }) }</h3>
                <p class="ba-meta-line">
                    <Link<Route> to={Route::country(lang, &iso3)}>{ t(lang, Key::PlanCountryFacts) }</Link<Route>>
                    {" · "}{ t(lang, Key::Score) }{": "}{ score.unwrap_or_else(|| t(lang, Key::NotAvailable).to_string()) }
                    {" · "}{ t(lang, Key::PlanStatus) }{": "}{ status.unwrap_or(t(lang, Key::PlanStatusNone)) }
                    {" · "}{ t(lang, Key::PlanTotal) }{": "}{ euros(total, lang) }
                </p>
                { country_checks(view, &iso3) }
                <div class="ba-table-wrap" tabindex="0" role="group" aria-label={name.clone()}>
                    <table class="ba-table ba-plan__lines">
                        <caption class="ba-visually-hidden">{ &name }</caption>
                        { line_head(lang) }
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <div class="ba-inline-fields ba-no-print">
                    <div class="ba-field">
                        <label for={format!("ba-plan-add-{}", iso3.to_lowercase())}>{ t(lang, Key::PlanAddInstrument) }</label>
                        <select id={format!("ba-plan-add-{}", iso3.to_lowercase())} ref={select}>
                            { for first_selected(view.dataset.instruments.iter().map(|i| (i.id.clone(), i.name.get(lang).to_string()))) }
                        </select>
                    </div>
                    <button type="button" class="ba-button ba-button--quiet" onclick={add}>{ t(lang, Key::PlanAdd) }</button>
                    <button type="button" class="ba-button ba-button--quiet" onclick={remove}>{ tr(lang, Msg::PlanRemoveCountry { country: &name }) }</button>
                </div>
            </section>
        }
    });
    html! {
        <>
            if let Some(text) = &*message {
                <p class="ba-field-error" role="alert">{ text }</p>
            }
            if view.plan.rows.is_empty() {
                <p>{ t(lang, Key::PlanNoCountries) }</p>
            }
            { for blocks }
            <h3 class="ba-no-print">{ t(lang, Key::PlanAddCountryTitle) }</h3>
            <p class="ba-no-print">{ t(lang, Key::PlanAddCountryIntro) }</p>
            <div class="ba-inline-fields ba-no-print">
                <div class="ba-field">
                    <label for="ba-plan-new-country">{ t(lang, Key::Country) }</label>
                    <select id="ba-plan-new-country" ref={country_select}>
                        { for empty_first(t(lang, Key::ChooseCountry), countries.iter().map(|c| (c.iso3.clone(), c.name.get(lang).to_string()))) }
                    </select>
                </div>
                <div class="ba-field">
                    <label for="ba-plan-new-instrument">{ t(lang, Key::Instrument) }</label>
                    <select id="ba-plan-new-instrument" ref={instrument_select}>
                        { for first_selected(view.dataset.instruments.iter().map(|i| (i.id.clone(), i.name.get(lang).to_string()))) }
                    </select>
                </div>
                <button type="button" class="ba-button" onclick={add_country}>{ t(lang, Key::PlanAddCountry) }</button>
            </div>
        </>
    }
}
