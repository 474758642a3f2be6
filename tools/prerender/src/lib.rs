//! What turns Yew's server-rendered pages into pages a browser can read without the app:
//! - links: the app's router is hash based; the renderer's memory router writes paths;
//! - anchors whose ids are the app's own links (`/nl/agenda/toelichting`), so that without
//!   JavaScript a link into a section or a source lands on it (`:target` in `styles/app.css`);
//! - ids made unique across the pages of one file (each page repeats the frame).

use std::collections::BTreeSet;

pub mod render;

/// `href="/nl/…"` → `href="#/nl/…"`: the links the app's hash router would have written.
pub fn hash_links(html: &str) -> String {
    html.replace("href=\"/", "href=\"#/")
}

/// Before every element whose id starts with `id_prefix`, an empty anchor whose id is
/// `route_prefix` followed by the rest of that id: `ba-section-budget` → `/nl/agenda/budget`.
pub fn route_anchors(html: &str, id_prefix: &str, route_prefix: &str) -> String {
    let needle = format!(" id=\"{id_prefix}");
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        let tag_start = rest[..at].rfind('<').unwrap_or(at);
        let value_start = at + needle.len();
        let value_end = rest[value_start..]
            .find('"')
            .map_or(rest.len(), |e| value_start + e);
        let suffix = &rest[value_start..value_end];
        out.push_str(&rest[..tag_start]);
        out.push_str(&format!(
            "<span id=\"{route_prefix}{suffix}\" class=\"ba-anchor\"></span>"
        ));
        out.push_str(&rest[tag_start..value_end]);
        rest = &rest[value_end..];
    }
    out.push_str(rest);
    out
}

/// The attributes that name ids (ARIA references are lists of ids).
const REFERRING: [&str; 5] = [
    "for",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "headers",
];

/// Appends `suffix` to every id of the page that is not one of its route anchors (those start
/// with `/` and differ per page anyway), and to every reference to such an id, so two pages
/// of one file never share an id.
pub fn suffix_ids(html: &str, suffix: &str) -> String {
    let ids: BTreeSet<String> = attribute_values(html, "id")
        .into_iter()
        .filter(|id| !id.starts_with('/'))
        .collect();
    let mut out = html.to_string();
    for attribute in std::iter::once("id").chain(REFERRING) {
        out = map_attribute(&out, attribute, |value| {
            value
                .split(' ')
                .map(|token| {
                    if ids.contains(token) {
                        format!("{token}{suffix}")
                    } else {
                        token.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
    }
    // In-page links (`href="#ba-…"`) follow their target; route links (`#/nl/…`) stay.
    map_attribute(&out, "href", |value| match value.strip_prefix('#') {
        Some(id) if ids.contains(id) => format!("#{id}{suffix}"),
        _ => value.to_string(),
    })
}

/// Every id used more than once, for the check that fails the build.
pub fn duplicate_ids(html: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut twice = BTreeSet::new();
    for id in attribute_values(html, "id") {
        if !seen.insert(id.clone()) {
            twice.insert(id);
        }
    }
    twice.into_iter().collect()
}

fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    let needle = format!(" {attribute}=\"");
    let mut values = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        let start = at + needle.len();
        let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
        values.push(rest[start..end].to_string());
        rest = &rest[end..];
    }
    values
}

fn map_attribute(html: &str, attribute: &str, change: impl Fn(&str) -> String) -> String {
    let needle = format!(" {attribute}=\"");
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(at) = rest.find(&needle) {
        let start = at + needle.len();
        let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
        out.push_str(&rest[..start]);
        out.push_str(&change(&rest[start..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_hash_links_and_external_ones_stay() {
        assert_eq!(
            hash_links(r##"<a href="/nl/sources">x</a><a href="https://example.org/">y</a>"##),
            r##"<a href="#/nl/sources">x</a><a href="https://example.org/">y</a>"##
        );
    }

    #[test]
    fn anchors_named_by_the_route_go_before_their_element() {
        assert_eq!(
            route_anchors(
                r#"<section><h3 id="ba-section-budget" tabindex="-1">Budget</h3></section>"#,
                "ba-section-",
                "/nl/agenda/"
            ),
            r#"<section><span id="/nl/agenda/budget" class="ba-anchor"></span><h3 id="ba-section-budget" tabindex="-1">Budget</h3></section>"#
        );
    }

    #[test]
    fn ids_and_their_references_get_the_suffix_and_route_anchors_do_not() {
        let page = r##"<main id="ba-main"><section aria-labelledby="ba-a ba-b"><span id="/en/agenda/a"></span><h3 id="ba-a">A</h3><p id="ba-b"></p><a href="#ba-main">top</a><a href="#/en/sources">s</a><label for="x">not an id here</label></section></main>"##;
        let changed = suffix_ids(page, "--en");
        assert_eq!(
            changed,
            r##"<main id="ba-main--en"><section aria-labelledby="ba-a--en ba-b--en"><span id="/en/agenda/a"></span><h3 id="ba-a--en">A</h3><p id="ba-b--en"></p><a href="#ba-main--en">top</a><a href="#/en/sources">s</a><label for="x">not an id here</label></section></main>"##
        );
        // Only the route anchor, which a real page of another language or view does not share.
        assert_eq!(duplicate_ids(&format!("{page}{changed}")), ["/en/agenda/a"]);
        assert_eq!(duplicate_ids(&format!("{page}{page}")).len(), 4);
    }
}
