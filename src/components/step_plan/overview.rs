use beleidsagenda_model::plan::step_plan::labels::{status_counts, status_label, status_mark, steps_done};
use beleidsagenda_model::plan::step_plan::progress::{country_progress, next_step, step_progress};
use beleidsagenda_model::{t, Key};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::bar::Bar;
use crate::components::step_plan::StepPlanView;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub view: StepPlanView,
}

/// Progress at a glance: a row per country (steps done of those that apply, a bar, the next
/// step, each step's status by mark and word), then per step how many countries stand where.
#[function_component(StepOverview)]
pub fn step_overview(props: &OverviewProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let steps = &view.steps().template.steps;
    if view.steps().countries.is_empty() {
        return html! { <p>{ t(lang, Key::StepPlanNoCountries) }</p> };
    }
    let rows = view.steps().countries.keys().map(|iso3| {
        let progress = country_progress(view.steps(), iso3);
        let share = progress.share_done();
        let next = next_step(view.steps(), iso3)
            .map(|s| s.title.get(lang).to_string())
            .unwrap_or_else(|| {
                t(
                    lang,
                    if share.is_some() {
                        Key::StepPlanAllDone
                    } else {
                        Key::StepPlanNoApplicable
                    },
                )
                .to_string()
            });
        let cells = steps.iter().map(|step| {
            let status = view.steps().record(iso3, step).status;
            html! {
                <td class={classes!("ba-step-cell", format!("ba-step-cell--{}", beleidsagenda_model::plan::step_plan::export::status_code(status)))}>
                    <span aria-hidden="true">{ status_mark(status) }{" "}</span>{ status_label(status, lang) }
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row"><Link<Route> to={Route::country(lang, iso3)}>{ view.country_name(iso3) }</Link<Route>></th>
                <td class="ba-step-done">
                    <Bar share={share.unwrap_or(0.0)} text={steps_done(progress.done, progress.applicable, lang)} />
                </td>
                <td>{ next }</td>
                { for cells }
            </tr>
        }
    });
    let headers = steps.iter().enumerate().map(|(i, step)| {
        // The number on screen, the title for a screen reader; the table below is the legend.
        html! {
            <th scope="col" class="ba-step-col">
                <span aria-hidden="true">{ i + 1 }</span>
                <span class="ba-visually-hidden">{ i + 1 }{". "}{ step.title.get(lang) }</span>
            </th>
        }
    });
    let across = step_progress(view.steps())
        .into_iter()
        .enumerate()
        .map(|(i, (step, counts))| {
            html! {
                <tr>
                    <th scope="row">{ i + 1 }{". "}{ step.title.get(lang) }</th>
                    <td>{ status_counts(&counts, lang) }</td>
                </tr>
            }
        });
    html! {
        <>
            <div class="ba-table-wrap" tabindex="0" role="region" aria-label={t(lang, Key::StepPlanOverview)}>
                <table class="ba-table ba-step-overview">
                    <caption class="ba-visually-hidden">{ t(lang, Key::StepPlanOverview) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Key::StepPlanCountryColumn) }</th>
                            <th scope="col">{ t(lang, Key::StepPlanDoneColumn) }</th>
                            <th scope="col">{ t(lang, Key::StepPlanNextColumn) }</th>
                            { for headers }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <div class="ba-table-wrap" tabindex="0" role="region" aria-label={t(lang, Key::StepPlanAcrossCountries)}>
                <table class="ba-table ba-step-across">
                    <caption>{ t(lang, Key::StepPlanAcrossCountries) }</caption>
                    <tbody>{ for across }</tbody>
                </table>
            </div>
        </>
    }
}
