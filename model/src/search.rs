//! Search across the agenda, the sources, the instruments, the countries and the plan, in both
//! languages at once, insensitive to case and diacritics ("turkiye" finds "Türkiye"). The
//! index folds every text once; a keystroke only scans it.

use crate::data::agenda::{Agenda, Block};
use crate::data::dataset::Dataset;
use crate::lang::{Lang, LocalText};
use crate::plan::types::Plan;

/// Where a result leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    AgendaSection(String),
    Source(String),
    Instruments(String),
    Country(String),
    Plan(String),
    Timeline,
}

/// What kind of thing a result is, for its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Agenda,
    Source,
    Instrument,
    Country,
    Plan,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    kind: Kind,
    target: Target,
    title: LocalText,
    text: LocalText,
    /// The title in each language, folded.
    folded_titles: [String; 2],
    /// Title and text of both languages, folded.
    folded: String,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// One hit: its title and the text it was found in, in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub kind: Kind,
    pub target: Target,
    pub title: String,
    pub snippet: String,
}

/// Lower case without diacritics; other characters kept, so positions stay comparable.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
                'ç' | 'ć' | 'č' => out.push('c'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => out.push('i'),
                'ñ' | 'ń' | 'ň' => out.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'ş' | 'ś' | 'š' | 'ș' => out.push('s'),
                'ţ' | 'ť' | 'ț' => out.push('t'),
                'ğ' => out.push('g'),
                'ł' => out.push('l'),
                'ř' => out.push('r'),
                'ž' | 'ź' | 'ż' => out.push('z'),
                'đ' | 'ď' => out.push('d'),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'ß' => out.push_str("ss"),
                '’' | '‘' => out.push('\''),
                other => out.push(other),
            }
        }
    }
    out
}

impl SearchIndex {
    pub fn build(agenda: &Agenda, dataset: &Dataset, plan: &Plan) -> SearchIndex {
        let mut index = SearchIndex::default();
        for section in &agenda.sections {
            index.add(
                Kind::Agenda,
                Target::AgendaSection(section.id.clone()),
                &section.heading,
                &section.heading,
            );
            for block in &section.blocks {
                let texts: Vec<&LocalText> = match block {
                    Block::Statement(s) => vec![&s.text],
                    Block::List(l) => l.items.iter().collect(),
                    Block::Figures(f) => std::iter::once(&f.caption).chain(&f.note).collect(),
                    Block::Event(e) => vec![&e.text],
                };
                for text in texts {
                    index.add(
                        Kind::Agenda,
                        Target::AgendaSection(section.id.clone()),
                        &section.heading,
                        text,
                    );
                }
            }
        }
        for source in &dataset.sources {
            let title = LocalText {
                nl: source.title.clone(),
                en: source.title.clone(),
            };
            let text = LocalText {
                nl: format!(
                    "{} · {} · {}",
                    source.short.nl, source.publisher, source.covers.nl
                ),
                en: format!(
                    "{} · {} · {}",
                    source.short.en, source.publisher, source.covers.en
                ),
            };
            index.add(Kind::Source, Target::Source(source.id.clone()), &title, &text);
        }
        for instrument in &dataset.instruments {
            let text = LocalText {
                nl: format!("{} · {}", instrument.description.nl, instrument.lead.join(", ")),
                en: format!("{} · {}", instrument.description.en, instrument.lead.join(", ")),
            };
            index.add(
                Kind::Instrument,
                Target::Instruments(instrument.id.clone()),
                &instrument.name,
                &text,
            );
        }
        for country in &dataset.countries {
            let text = LocalText {
                nl: format!("{} · {}", country.iso3, country.name.en),
                en: format!("{} · {}", country.iso3, country.name.nl),
            };
            index.add(
                Kind::Country,
                Target::Country(country.iso3.clone()),
                &country.name,
                &text,
            );
        }
        let name = |iso3: &str| {
            dataset
                .country(iso3)
                .map(|c| c.name.clone())
                .unwrap_or_else(|| LocalText {
                    nl: iso3.to_string(),
                    en: iso3.to_string(),
                })
        };
        let instrument_name = |id: &str| {
            dataset
                .instruments
                .iter()
                .find(|i| i.id == id)
                .map(|i| i.name.clone())
                .unwrap_or_else(|| LocalText {
                    nl: id.to_string(),
                    en: id.to_string(),
                })
        };
        for row in &plan.rows {
            let (country, instrument) = (name(&row.country), instrument_name(&row.instrument));
            let orgs: Vec<&str> = std::iter::once(row.lead.code())
                .chain(row.contributors.iter().map(|o| o.code()))
                .collect();
            let title = LocalText {
                nl: format!("Plan: {} · {}", country.nl, instrument.nl),
                en: format!("Plan: {} · {}", country.en, instrument.en),
            };
            let text = LocalText {
                nl: orgs.join(", "),
                en: orgs.join(", "),
            };
            index.add(Kind::Plan, Target::Plan(row.country.clone()), &title, &text);
        }
        for status in &plan.statuses {
            let country = name(&status.country);
            let title = LocalText {
                nl: format!("Plan: {} · {}", country.nl, status.date),
                en: format!("Plan: {} · {}", country.en, status.date),
            };
            let text = LocalText {
                nl: status.reason.clone(),
                en: status.reason.clone(),
            };
            index.add(Kind::Plan, Target::Plan(status.country.clone()), &title, &text);
        }
        // The memo checks by name and rule, and every decision "deliberately not" by its reason.
        for check in crate::plan::memo::CheckId::ALL {
            let both = |f: fn(crate::plan::memo::CheckId, crate::lang::Lang) -> &'static str| LocalText {
                nl: f(*check, crate::lang::Lang::Nl).to_string(),
                en: f(*check, crate::lang::Lang::En).to_string(),
            };
            let title = both(crate::plan::memo::labels::check_title);
            let title = LocalText {
                nl: format!("Toets aan de nota: {}", title.nl),
                en: format!("Checked against the memo: {}", title.en),
            };
            index.add(
                Kind::Plan,
                Target::Plan(String::new()),
                &title,
                &both(crate::plan::memo::labels::check_what),
            );
        }
        for decision in &plan.decisions {
            let check = |lang| crate::plan::memo::labels::check_title(decision.check, lang);
            let (nl_who, en_who) = match &decision.country {
                Some(iso3) => (name(iso3).nl, name(iso3).en),
                None => ("het hele plan".to_string(), "the whole plan".to_string()),
            };
            let title = LocalText {
                nl: format!("Bewust niet: {} · {nl_who}", check(crate::lang::Lang::Nl)),
                en: format!("Deliberately not: {} · {en_who}", check(crate::lang::Lang::En)),
            };
            let text = LocalText {
                nl: decision.reason.clone(),
                en: decision.reason.clone(),
            };
            let target = Target::Plan(decision.country.clone().unwrap_or_default());
            index.add(Kind::Plan, target, &title, &text);
        }
        for milestone in &plan.milestones {
            let title = LocalText {
                nl: format!("Mijlpaal {}", milestone.date),
                en: format!("Milestone {}", milestone.date),
            };
            let text = LocalText {
                nl: milestone.label.clone(),
                en: milestone.label.clone(),
            };
            index.add(Kind::Plan, Target::Timeline, &title, &text);
        }
        index
    }

    fn add(&mut self, kind: Kind, target: Target, title: &LocalText, text: &LocalText) {
        self.entries.push(Entry {
            kind,
            target,
            folded_titles: [fold(&title.nl), fold(&title.en)],
            folded: fold(&format!("{} {} {} {}", title.nl, title.en, text.nl, text.en)),
            title: title.clone(),
            text: text.clone(),
        });
    }

    /// Entries holding every word of the query: first titles that start with the query, then
    /// titles that hold every word, then the rest, each in index order. One hit per target: the
    /// first entry that matches speaks for it.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> (Vec<Hit>, usize) {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        if words.is_empty() {
            return (Vec::new(), 0);
        }
        let whole = words.join(" ");
        let mut matches: Vec<(u8, usize)> = Vec::new();
        let mut targets: Vec<&Target> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if words.iter().all(|w| entry.folded.contains(w.as_str())) && !targets.contains(&&entry.target) {
                targets.push(&entry.target);
                let titles = &entry.folded_titles;
                let rank = if titles.iter().any(|t| t.starts_with(&whole)) {
                    0
                } else if titles
                    .iter()
                    .any(|t| words.iter().all(|w| t.contains(w.as_str())))
                {
                    1
                } else {
                    2
                };
                matches.push((rank, i));
            }
        }
        crate::order::sort_by_key(&mut matches, |&(rank, i)| (rank, i));
        let total = matches.len();
        let hits = matches
            .into_iter()
            .take(limit)
            .map(|(_, i)| {
                let e = &self.entries[i];
                Hit {
                    kind: e.kind,
                    target: e.target.clone(),
                    title: e.title.get(lang).to_string(),
                    snippet: e.text.get(lang).to_string(),
                }
            })
            .collect();
        (hits, total)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
