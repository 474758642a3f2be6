//! "Toets aan de nota": every check of the plan against the memo, with the memo sentence it
//! comes from (linked to that sentence in the agenda), the countries that need attention or
//! cannot be judged, and the decisions "deliberately not"; per country in its plan block.

use beleidsagenda_model::plan::labels::plan_problem;
use beleidsagenda_model::plan::memo::labels::{
    channel_label, check_title, check_what, outcome_label, outcome_lines, outcome_token,
};
use beleidsagenda_model::plan::memo::sheet::memo_sheet;
use beleidsagenda_model::plan::memo::{CheckId, CheckResult, MemoReport, Outcome, Rule};
use beleidsagenda_model::plan::Plan;
use beleidsagenda_model::plan::{Channel, PlanAction};
use beleidsagenda_model::sheet::csv::{write_csv, Dialect};
use beleidsagenda_model::text::format::date;
use beleidsagenda_model::{t, tr, Dataset, Key, Lang, Msg};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::today;
use crate::components::csv_download::{CsvDownload, CSV_MIME};
use crate::components::plan::PlanView;
use crate::download::download_text;
use crate::route::Route;
use crate::state::plan::PlanDispatch;

#[derive(Properties, PartialEq)]
pub struct MemoPanelProps {
    pub view: PlanView,
    pub dispatch: PlanDispatch,
}

/// Who a result is about, in words.
fn subject(view: &PlanView, result: &CheckResult) -> String {
    match &result.country {
        Some(iso3) => view.country_name(iso3),
        None => t(view.lang, Key::MemoWholePlan).to_string(),
    }
}

/// One check's result for a country, on one line: its mark, the check, the outcome and what it
/// found.
pub fn result_line(result: &CheckResult, dataset: &Dataset, plan: &Plan, lang: Lang) -> Html {
    let (token, mark) = outcome_token(&result.outcome);
    let details = outcome_lines(&result.outcome, dataset, plan, lang);
    html! {
        <li class={classes!("ba-memo__result", format!("ba-memo__result--{token}"))}>
            <span class={classes!("ba-memo__mark", format!("ba-memo__mark--{token}"))} aria-hidden="true">{ mark }</span>{" "}
            <span class="ba-memo__check-name">{ check_title(result.check, lang) }</span>{": "}
            { outcome_label(&result.outcome, lang) }
            if !details.is_empty() { {" — "}{ details.join(" ") } }
        </li>
    }
}

#[function_component(MemoPanel)]
pub fn memo_panel(props: &MemoPanelProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let report = &view.memo;
    let counts = MemoReport::counts(report.results.iter());
    let download_csv = {
        let view = view.clone();
        Callback::from(move |dialect: Dialect| {
            let sheet = memo_sheet(&view.memo, &view.plan, &view.dataset, lang);
            download_text(
                &format!("beleidsagenda-toets-{}.csv", today()),
                CSV_MIME,
                &write_csv(&sheet, dialect),
            );
        })
    };
    html! {
        <div class="ba-memo">
            <p>{ t(lang, Key::MemoIntro) }</p>
            <p class="ba-memo__summary" id="ba-memo-summary">
                { tr(lang, Msg::MemoCounts { in_order: counts.in_order, attention: counts.attention, cannot_judge: counts.cannot_judge, decided: counts.decided }) }
            </p>
            <div class="ba-actions ba-no-print">
                <CsvDownload {lang} label={Key::MemoCsv} id="ba-memo-csv-dialect" on_download={download_csv} />
            </div>
            { for CheckId::ALL.iter().map(|&check| html! {
                <CheckCard key={check.token()} view={view.clone()} dispatch={props.dispatch.clone()} {check} />
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CheckCardProps {
    view: PlanView,
    dispatch: PlanDispatch,
    check: CheckId,
}

#[function_component(CheckCard)]
fn check_card(props: &CheckCardProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let check = props.check;
    let heading = format!("ba-memo-{}", check.token());
    let results: Vec<&CheckResult> = view.memo.of_check(check).collect();
    let in_order: Vec<String> = results
        .iter()
        .filter(|r| r.outcome.is_in_order())
        .map(|r| subject(view, r))
        .collect();
    let open: Vec<&CheckResult> = results
        .iter()
        .copied()
        .filter(|r| !r.outcome.is_in_order())
        .collect();
    html! {
        <section class="ba-memo__check" aria-labelledby={heading.clone()}>
            <h3 id={heading}>{ check_title(check, lang) }</h3>
            <p>{ check_what(check, lang) }</p>
            { rule_citation(check, lang) }
            if results.is_empty() {
                <p>{ t(lang, Key::MemoNothingToCheck) }</p>
            }
            if !open.is_empty() {
                <ul class="ba-memo__results">
                    { for open.iter().map(|r| html! {
                        <ResultItem view={view.clone()} dispatch={props.dispatch.clone()} result={(*r).clone()} />
                    }) }
                </ul>
            }
            if !in_order.is_empty() {
                <p><span class="ba-memo__mark ba-memo__mark--in-order" aria-hidden="true">{ "✓" }</span>{" "}
                    { t(lang, Key::MemoInOrderFor) }{": "}{ in_order.join(", ") }</p>
            }
            if check == CheckId::Channels && !view.memo.channel_mix.is_empty() {
                { channel_mix(view) }
            }
        </section>
    }
}

/// The memo sentence, as it stands in Dutch, and the link to it in the agenda.
pub fn rule_citation(check: CheckId, lang: Lang) -> Html {
    match check.rule() {
        Rule::Memo {
            locator,
            quote,
            statement,
        } => html! {
            <figure class="ba-memo__rule">
                <blockquote lang="nl"><p>{ "‘" }{ quote }{ "’" }</p></blockquote>
                <figcaption>
                    { t(lang, Key::MemoQuoteIntro) }{ ", " }{ locator }{ " · " }
                    <Link<Route> to={Route::section(lang, statement)}>{ t(lang, Key::MemoSeeAgenda) }</Link<Route>>
                </figcaption>
            </figure>
        },
        Rule::App => html! { <p class="ba-memo__rule ba-assumption">{ t(lang, Key::MemoRuleOfApp) }</p> },
    }
}

#[derive(Properties, PartialEq)]
struct ResultItemProps {
    view: PlanView,
    dispatch: PlanDispatch,
    result: CheckResult,
}

#[function_component(ResultItem)]
fn result_item(props: &ResultItemProps) -> Html {
    let view = &props.view;
    let lang = view.lang;
    let result = &props.result;
    let (token, mark) = outcome_token(&result.outcome);
    let details = outcome_lines(&result.outcome, &view.dataset, &view.plan, lang);
    let who = subject(view, result);
    html! {
        <li class={classes!("ba-memo__result", format!("ba-memo__result--{token}"))}>
            <p>
                <span class={classes!("ba-memo__mark", format!("ba-memo__mark--{token}"))} aria-hidden="true">{ mark }</span>{" "}
                <strong>{ &who }</strong>{": "}{ outcome_label(&result.outcome, lang) }
            </p>
            <ul class="ba-memo__details">{ for details.iter().map(|d| html! { <li>{ d }</li> }) }</ul>
            if result.check == CheckId::Review {
                if let Some(country) = result.country.clone().filter(|c| view.plan.countries().contains(c)) {
                    <ReviewControls view={view.clone()} dispatch={props.dispatch.clone()} {country} />
                }
            }
            <DecisionControl lang={lang} dispatch={props.dispatch.clone()} check={result.check}
                country={result.country.clone()} who={who.clone()}
                decided={matches!(result.outcome, Outcome::Decided { .. })} />
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DecisionProps {
    lang: Lang,
    dispatch: PlanDispatch,
    check: CheckId,
    country: Option<String>,
    who: String,
    decided: bool,
}

/// "Deliberately not…": a reason, recorded with today's date; or withdrawing it.
#[function_component(DecisionControl)]
fn decision_control(props: &DecisionProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let reason = use_node_ref();
    let id = format!(
        "ba-memo-{}-{}",
        props.check.token(),
        props.country.as_deref().unwrap_or("plan").to_lowercase()
    );
    let label = tr(
        lang,
        Msg::MemoDecideFor {
            check: beleidsagenda_model::plan::memo::labels::check_title(props.check, lang),
            country: &props.who,
        },
    );
    if props.decided {
        let undecide = {
            let (dispatch, check, country) = (props.dispatch.clone(), props.check, props.country.clone());
            Callback::from(move |_: MouseEvent| {
                let _ = dispatch.apply(PlanAction::Undecide {
                    check,
                    country: country.clone(),
                });
            })
        };
        return html! {
            <button type="button" class="ba-button ba-button--quiet ba-button--small ba-no-print" onclick={undecide}
                aria-label={format!("{}: {}", t(lang, Key::MemoUndecide), label)}>{ t(lang, Key::MemoUndecide) }</button>
        };
    }
    if !*open {
        let show = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(true))
        };
        return html! {
            <button type="button" class="ba-button ba-button--quiet ba-button--small ba-no-print" onclick={show}
                aria-label={label} id={format!("{id}-open")}>{ t(lang, Key::MemoDecide) }</button>
        };
    }
    let submit = {
        let (dispatch, check, country) = (props.dispatch.clone(), props.check, props.country.clone());
        let (reason, problem, open) = (reason.clone(), problem.clone(), open.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = reason
                .cast::<HtmlTextAreaElement>()
                .map(|r| r.value())
                .unwrap_or_default();
            match dispatch.apply(PlanAction::Decide {
                check,
                country: country.clone(),
                reason: text,
            }) {
                Ok(()) => {
                    problem.set(None);
                    open.set(false);
                }
                Err(p) => problem.set(Some(plan_problem(&p, lang))),
            }
        })
    };
    let cancel = {
        let (open, problem) = (open.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            problem.set(None);
            open.set(false);
        })
    };
    {
        let reason = reason.clone();
        use_effect_with((), move |_| {
            if let Some(area) = reason.cast::<web_sys::HtmlElement>() {
                let _ = area.focus();
            }
        });
    }
    let error_id = format!("{id}-error");
    html! {
        <form class="ba-form ba-memo__decide ba-no-print" onsubmit={submit} aria-label={label}>
            <div class="ba-field ba-field--wide">
                <label for={format!("{id}-reason")}>{ t(lang, Key::MemoDecisionReason) }</label>
                <textarea id={format!("{id}-reason")} ref={reason} rows="2" maxlength="1000"
                    aria-describedby={format!("{id}-hint")} aria-invalid={problem.is_some().then_some("true")}
                    aria-errormessage={problem.is_some().then(|| error_id.clone())} />
                <p class="ba-hint" id={format!("{id}-hint")}>{ t(lang, Key::MemoDecisionReasonHint) }</p>
            </div>
            if let Some(problem) = (*problem).clone() {
                <p class="ba-field-error" role="alert" id={error_id.clone()}>{ problem }</p>
            }
            <button type="submit" class="ba-button ba-button--small">{ t(lang, Key::MemoDecisionSave) }</button>
            <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={cancel}>{ t(lang, Key::MemoDecisionCancel) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ReviewProps {
    view: PlanView,
    dispatch: PlanDispatch,
    country: String,
}

/// A tier decision's review: mark it done today, or set another date.
#[function_component(ReviewControls)]
fn review_controls(props: &ReviewProps) -> Html {
    let lang = props.view.lang;
    let problem = use_state(|| None::<String>);
    let input = use_node_ref();
    let country = props.country.clone();
    let due = props
        .view
        .plan
        .review(&country)
        .map(|r| r.due)
        .unwrap_or_default();
    let id = format!("ba-review-{}", country.to_lowercase());
    let name = props.view.country_name(&country);
    let done = {
        let (dispatch, country, problem) = (props.dispatch.clone(), country.clone(), problem.clone());
        Callback::from(
            move |_: MouseEvent| match dispatch.apply(PlanAction::MarkReviewed(country.clone())) {
                Ok(()) => problem.set(None),
                Err(p) => problem.set(Some(plan_problem(&p, lang))),
            },
        )
    };
    let set = {
        let (dispatch, country, problem, input) = (
            props.dispatch.clone(),
            country.clone(),
            problem.clone(),
            input.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let date = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            match dispatch.apply(PlanAction::SetReview {
                country: country.clone(),
                date,
            }) {
                Ok(()) => problem.set(None),
                Err(p) => problem.set(Some(plan_problem(&p, lang))),
            }
        })
    };
    html! {
        <div class="ba-inline-fields ba-no-print">
            <button type="button" class="ba-button ba-button--small" onclick={done} id={format!("{id}-done")}
                aria-label={format!("{}: {}", t(lang, Key::ReviewMarkDone), name)}>{ t(lang, Key::ReviewMarkDone) }</button>
            <div class="ba-field">
                <label for={format!("{id}-date")}>{ t(lang, Key::ReviewDue) }{" "}<span class="ba-visually-hidden">{ &name }</span></label>
                <input type="date" id={format!("{id}-date")} ref={input} value={due.clone()} />
            </div>
            <button type="button" class="ba-button ba-button--quiet ba-button--small" onclick={set}
                aria-label={format!("{}: {}", t(lang, Key::ReviewSetDate), name)}>{ t(lang, Key::ReviewSetDate) }</button>
            if let Some(problem) = (*problem).clone() {
                <p class="ba-field-error" role="alert">{ problem }</p>
            }
            <p class="ba-hint">{ t(lang, Key::ReviewDefaultNote) }{" "}{ t(lang, Key::ReviewDue) }{": "}{ date(&due, lang) }</p>
        </div>
    }
}

fn channel_mix(view: &PlanView) -> Html {
    let lang = view.lang;
    // A plan file made before lines had a channel: said, not hidden.
    let defaulted = view.plan.rows.iter().filter(|r| r.channel.is_none()).count();
    let row = |name: String, mix: &beleidsagenda_model::plan::memo::checks::ChannelMix| {
        html! {
            <tr>
                <th scope="row">{ name }</th>
                <td class="ba-number">{ mix.bilateral }</td>
                <td class="ba-number">{ mix.eu }</td>
                <td class="ba-number">{ mix.both }</td>
            </tr>
        }
    };
    html! {
        // At 390 px the table scrolls in its box: the box takes focus so a keyboard can scroll it.
        <div class="ba-table-wrap" tabindex="0" role="group" aria-labelledby="ba-memo-mix-caption">
            <table class="ba-table ba-memo__mix">
                <caption id="ba-memo-mix-caption">{ t(lang, Key::ChannelMixTitle) }</caption>
                <thead><tr>
                    <th scope="col">{ t(lang, Key::Country) }</th>
                    { for Channel::ALL.iter().map(|c| html! { <th scope="col" class="ba-number">{ channel_label(*c, lang) }</th> }) }
                </tr></thead>
                <tbody>
                    { for view.memo.channel_mix.iter().map(|(iso3, mix)| row(view.country_name(iso3), mix)) }
                </tbody>
                <tfoot>{ row(t(lang, Key::ChannelMixTotal).to_string(), &view.memo.total_mix) }</tfoot>
            </table>
            <p class="ba-hint">
                { t(lang, Key::ChannelDefaultNote) }
                if defaulted > 0 { {" "}{ tr(lang, Msg::MemoChannelDefaults { count: defaulted }) } }
            </p>
        </div>
    }
}

/// The checks for one country, in its block of the plan: outcome and what was found.
pub fn country_checks(view: &PlanView, iso3: &str) -> Html {
    let lang = view.lang;
    let results: Vec<&CheckResult> = view.memo.of_country(iso3).collect();
    if results.is_empty() {
        return html! {};
    }
    html! {
        <details class="ba-memo__country">
            <summary>{ t(lang, Key::MemoTitle) }{": "}
                { { let c = MemoReport::counts(results.iter().copied()); tr(lang, Msg::MemoCounts { in_order: c.in_order, attention: c.attention, cannot_judge: c.cannot_judge, decided: c.decided }) } }
            </summary>
            <ul class="ba-memo__results">
                { for results.iter().map(|r| result_line(r, &view.dataset, &view.plan, lang)) }
            </ul>
        </details>
    }
}
