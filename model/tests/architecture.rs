//! The one direction data flows: no module of the model or of the Yew layer imports, directly or
//! through others, a module that imports it back; and the model's folders stand in floors, each
//! importing only from the floors below it. Read from the source: every `crate::a::b` path is an
//! edge from its file to the file module it names (a folder's `mod.rs` counts only for what it
//! re-exports with `pub use`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `selection/settings.rs` → `selection::settings`; `selection/mod.rs` → `selection`.
fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    parts.join("::")
}

/// Every `crate::…` path in a file's code (comments left out), as segments.
fn crate_paths(text: &str) -> Vec<Vec<String>> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let tail = &rest[at + "crate::".len()..];
        let path: Vec<String> = tail
            .split("::")
            .map_while(|segment| {
                let name: String = segment
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                (!name.is_empty() && name.chars().next().is_some_and(|c| c.is_lowercase())).then_some(name)
            })
            .collect();
        paths.push(path);
        rest = tail;
    }
    paths
}

fn graph(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let modules: BTreeMap<String, PathBuf> = files
        .iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "bin"))
        .map(|f| (module_of(root, f), f.clone()))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = fs::read_to_string(file).unwrap();
        let targets = edges.entry(module.clone()).or_default();
        let is_folder = file.ends_with("mod.rs") || file.ends_with("lib.rs");
        if is_folder {
            // A folder module's only edges are what it re-exports.
            for line in text.lines().filter(|l| l.trim_start().starts_with("pub use ")) {
                let name = line.trim_start()["pub use ".len()..]
                    .split("::")
                    .next()
                    .unwrap_or("");
                let child = if module.is_empty() {
                    name.to_string()
                } else {
                    format!("{module}::{name}")
                };
                if modules.contains_key(&child) {
                    targets.insert(child);
                }
            }
            continue;
        }
        for path in crate_paths(&text) {
            // The longest prefix of the path that is a module.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].join("::"))
                .find(|m| modules.contains_key(m));
            if let Some(target) = target {
                if &target != module {
                    targets.insert(target);
                }
            }
        }
    }
    edges
}

fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next.as_str()).copied().unwrap_or(0) {
                1 => {
                    let from = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(cycle) = visit(next, edges, state, stack) {
                        return Some(cycle);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if state.get(node.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(cycle) = visit(node, edges, &mut state, &mut Vec::new()) {
                return Some(cycle);
            }
        }
    }
    None
}

#[test]
fn the_model_has_no_import_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = graph(&root);
    assert!(edges.len() > 20, "read the model: {:?}", edges.keys());
    assert_eq!(find_cycle(&edges), None);
}

#[test]
fn the_yew_layer_has_no_import_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let edges = graph(&root);
    assert!(edges.len() > 20, "read the Yew layer: {:?}", edges.keys());
    assert_eq!(find_cycle(&edges), None);
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let edges: BTreeMap<String, BTreeSet<String>> = [
        ("app", vec!["layout"]),
        ("layout", vec!["pages::agenda"]),
        ("pages::agenda", vec!["app"]),
        ("labels", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        find_cycle(&edges),
        Some(
            vec!["app", "layout", "pages::agenda", "app"]
                .into_iter()
                .map(String::from)
                .collect()
        )
    );
    assert_eq!(
        crate_paths("use crate::a::b::{C, d};\n// crate::x::y"),
        vec![vec!["a".to_string(), "b".to_string()]]
    );
}

/// The model's floors from the ground up. A folder (or top-level file) imports only from floors
/// below its own; two on one floor do not import each other. docs/architecture.md says what each
/// floor holds.
const FLOORS: &[&[&str]] = &[
    &["calendar", "lang", "order"],
    &["data"],
    &["text"],
    &["sheet"],
    &["check"],
    &["selection"],
    &["plan"],
    &["search"],
    &["load"],
];

/// The names `lib.rs` re-exports at the crate root (`crate::DataError`), each with its folder.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(at) = statement.find("pub use ") else {
            continue;
        };
        let path = &statement[at + "pub use ".len()..];
        let folder = path.split("::").next().unwrap_or("").trim().to_string();
        let tail = path.rsplit("::").next().unwrap_or("");
        for name in tail.split(|c: char| c == ',' || c == '{' || c == '}' || c.is_whitespace()) {
            if !name.is_empty() {
                names.insert(name.to_string(), folder.clone());
            }
        }
    }
    names
}

/// Each folder a line of code names through `crate::`, braces included (`crate::{a, b::c}`).
fn folders_named(line: &str, root: &BTreeMap<String, String>) -> Vec<String> {
    let mut folders = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let heads: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end].split(',').collect()
        } else {
            vec![rest]
        };
        for head in heads {
            let name: String = head
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if let Some(folder) = root.get(&name) {
                folders.push(folder.clone());
            } else if !name.is_empty() {
                folders.push(name);
            }
        }
    }
    folders
}

/// Every import that breaks the floors, as `file:line: folder (floor n) imports folder (floor m):
/// the line`. A folder the floors do not name is an offence of its own.
fn floor_offences(src: &Path) -> Vec<String> {
    let floor_of = |folder: &str| FLOORS.iter().position(|floor| floor.contains(&folder));
    let mut root = root_names(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    // An exported macro sits at the crate root, but belongs to the folder that defines it.
    for file in &files {
        let relative = file.strip_prefix(src).unwrap();
        let folder = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        for line in fs::read_to_string(file).unwrap().lines() {
            if let Some(name) = line.trim_start().strip_prefix("macro_rules! ") {
                let name: String = name
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                root.insert(name, folder.trim_end_matches(".rs").to_string());
            }
        }
    }
    let mut offences = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(src).unwrap();
        let first = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let folder = first.trim_end_matches(".rs").to_string();
        if folder == "lib" || folder == "bin" {
            continue;
        }
        let Some(own) = floor_of(&folder) else {
            offences.push(format!(
                "{}: the folder `{folder}` stands on no floor",
                relative.display()
            ));
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for target in folders_named(line, &root) {
                if target == folder {
                    continue;
                }
                match floor_of(&target) {
                    Some(floor) if floor < own => {}
                    Some(floor) => offences.push(format!(
                        "{}:{}: {folder} (floor {own}) imports {target} (floor {floor}): {}",
                        relative.display(),
                        number + 1,
                        line.trim()
                    )),
                    None => offences.push(format!(
                        "{}:{}: {folder} imports `{target}`, which stands on no floor: {}",
                        relative.display(),
                        number + 1,
                        line.trim()
                    )),
                }
            }
        }
    }
    offences
}

#[test]
fn the_model_stands_in_floors() {
    // A scratch copy of the source can be checked instead (the harness layer breaks one on purpose).
    let src = std::env::var_os("ARCHITECTURE_MODEL_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let offences = floor_offences(&src);
    assert!(
        offences.is_empty(),
        "imports against the floors:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_floor_reader_names_every_folder_a_line_reaches() {
    let root =
        root_names("pub use check::error::DataError;\npub use data::agenda::{\n    Agenda, Block,\n};");
    assert_eq!(root.get("DataError").map(String::as_str), Some("check"));
    assert_eq!(root.get("Block").map(String::as_str), Some("data"));
    assert_eq!(
        folders_named(
            "use crate::{plan::Plan, text};  crate::DataError::x; crate::order::sort",
            &root
        ),
        vec!["plan", "text", "check", "order"]
    );
}

/// A component a reader can hold in their head: its function, from the `#[function_component]`
/// line to its closing brace. Longer views move beside it, as named functions.
const MOST_COMPONENT_LINES: usize = 160;

/// Each Yew function component in `text` with its length in lines: (name, lines).
fn component_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        if !line.starts_with("#[function_component") {
            continue;
        }
        let Some(end) = lines[start..].iter().position(|l| *l == "}") else {
            out.push((line.to_string(), usize::MAX));
            continue;
        };
        let name = line
            .trim_start_matches("#[function_component(")
            .trim_end_matches(")]")
            .to_string();
        out.push((name, end + 1));
    }
    out
}

#[test]
fn no_component_is_longer_than_a_reader_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = 0;
    let mut long = Vec::new();
    for file in files {
        for (name, lines) in component_lengths(&fs::read_to_string(&file).unwrap()) {
            found += 1;
            if lines > MOST_COMPONENT_LINES {
                long.push(format!("{} {name}: {lines} lines", file.display()));
            }
        }
    }
    assert!(found > 40, "read the Yew layer's components: {found}");
    assert!(
        long.is_empty(),
        "over {MOST_COMPONENT_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_component_counter_counts_to_the_closing_brace() {
    let body = "    let x = 1;\n".repeat(200);
    let text = format!("use yew::prelude::*;\n#[function_component(Long)]\npub fn long() -> Html {{\n{body}    html! {{}}\n}}\n\n#[function_component(Short)]\nfn short() -> Html {{\n    html! {{}}\n}}\n");
    assert_eq!(
        component_lengths(&text),
        vec![("Long".to_string(), 204), ("Short".to_string(), 4)]
    );
}
