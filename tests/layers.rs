//! The layers of `src/lib.rs` hold: every module imports only its own layer and those below, no modules import each other round a circle, and no source file grows past 900 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may grow before it has two reasons to change.
const MAX_LINES: usize = 900;

/// A module (`tickets::sqlite`), the file it lives in, and the modules its paths name.
struct Module {
    file: PathBuf,
    uses: BTreeSet<String>,
}

#[test]
fn every_module_imports_only_its_layer_and_those_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let problems = layer_problems(&src);
    assert!(
        problems.is_empty(),
        "src/lib.rs's layers are broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_source_file_is_over_900_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    for file in rust_files(&src) {
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        if lines > MAX_LINES {
            long.push(format!("{} has {lines} lines", file.display()));
        }
    }
    assert!(
        long.is_empty(),
        "split these by what they are for:\n{}",
        long.join("\n")
    );
}

/// The check itself finds what it is for: a module pointing up, a circle, a module in no
/// layer, in a small tree written for it.
#[test]
fn the_check_finds_an_upward_import_a_circle_and_a_module_without_a_layer() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |name: &str, text: &str| {
        let path = src.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "lib.rs",
        "//! # Layers\n//!\n//! - low: `words`.\n//! - high: `store`, `advice`.\n",
    );
    write("words.rs", "use crate::store::Ticket;\n");
    write("store/mod.rs", "mod sql;\npub struct Ticket;\n");
    write(
        "store/sql.rs",
        "use super::Ticket;\nuse crate::advice::{self, plan::{Plan}};\n",
    );
    write("advice/mod.rs", "pub mod plan;\n");
    write("advice/plan.rs", "fn f() { crate::store::Ticket; }\n");
    write("extra.rs", "use crate::words;\n");
    let problems = layer_problems(src);
    let said = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        said("src/words.rs: `words` (low) imports `store` (high)"),
        "{problems:#?}"
    );
    assert!(
        said("a circle: advice, store import each other"),
        "{problems:#?}"
    );
    assert!(said("`extra` is in no layer"), "{problems:#?}");
    assert_eq!(problems.len(), 3, "{problems:#?}");

    write("words.rs", "//! Words.\n");
    write("advice/plan.rs", "fn f() {}\n");
    write(
        "lib.rs",
        "//! # Layers\n//!\n//! - low: `words`, `extra`.\n//! - high: `store`, `advice`.\n",
    );
    assert_eq!(layer_problems(src), Vec::<String>::new());
}

/// What breaks the layers under `src`: each problem as a sentence.
fn layer_problems(src: &Path) -> Vec<String> {
    let layers = layers(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let modules = modules(src);
    let mut problems = Vec::new();
    let top = |m: &str| m.split("::").next().unwrap_or("").to_owned();

    let mut named = BTreeSet::new();
    for (name, module) in &modules {
        let from = top(name);
        if from.is_empty() {
            continue;
        }
        let Some(&(from_layer, ref from_name)) = layers.get(&from) else {
            if named.insert(from.clone()) {
                problems.push(format!(
                    "`{from}` is in no layer: name it in src/lib.rs's list of layers"
                ));
            }
            continue;
        };
        for used in &module.uses {
            let to = top(used);
            if to == from || to.is_empty() {
                continue;
            }
            if let Some(&(to_layer, ref to_name)) = layers.get(&to)
                && to_layer > from_layer
            {
                problems.push(format!(
                    "{}: `{from}` ({from_name}) imports `{to}` ({to_name}), a layer above it",
                    shown(src, &module.file)
                ));
            }
        }
    }

    // Circles between the top-level modules, and between the files within one.
    let mut between_modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut between_files: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, module) in &modules {
        for used in &module.uses {
            if top(name).is_empty() || top(used).is_empty() {
                continue;
            }
            if top(used) != top(name) {
                between_modules
                    .entry(top(name))
                    .or_default()
                    .insert(top(used));
            } else if !is_within(name, used) {
                between_files
                    .entry(name.clone())
                    .or_default()
                    .insert(used.clone());
            }
        }
    }
    for graph in [&between_modules, &between_files] {
        for circle in circles(graph) {
            problems.push(format!(
                "a circle: {} import each other, round about",
                circle.join(", ")
            ));
        }
    }
    problems
}

/// `used` is `name` itself or a module that holds it: a file using what its own module
/// declares is how a module is built, not a second dependency.
fn is_within(name: &str, used: &str) -> bool {
    used.is_empty() || name == used || name.starts_with(&format!("{used}::"))
}

fn shown(src: &Path, file: &Path) -> String {
    format!("src/{}", file.strip_prefix(src).unwrap_or(file).display())
}

/// The layers as src/lib.rs lists them, bottom first: module → (rank, layer name).
fn layers(lib: &str) -> BTreeMap<String, (usize, String)> {
    let mut out = BTreeMap::new();
    let mut rank = 0;
    let mut in_list = false;
    for line in lib.lines() {
        let Some(doc) = line.strip_prefix("//!") else {
            break;
        };
        let doc = doc.trim();
        if doc.starts_with('#') {
            in_list = doc == "# Layers";
            continue;
        }
        if !in_list {
            continue;
        }
        let Some(item) = doc.strip_prefix("- ") else {
            continue;
        };
        let Some((layer, rest)) = item.split_once(':') else {
            continue;
        };
        rank += 1;
        // The module names are the quoted words before the first full stop.
        let names = rest.split(". ").next().unwrap_or(rest);
        for name in names.split('`').skip(1).step_by(2) {
            out.insert(name.to_owned(), (rank, layer.trim().to_owned()));
        }
    }
    out
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Every module under `src` with the modules its `crate::`, `super::`, `self::` and
/// `madoguchi::` paths name (the longest prefix that is a module).
fn modules(src: &Path) -> BTreeMap<String, Module> {
    let mut files = BTreeMap::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).unwrap().with_extension("");
        let mut parts: Vec<String> = relative
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "mod") {
            parts.pop();
        }
        let name = match parts.as_slice() {
            [one] if one == "lib" || one == "main" => String::new(),
            _ => parts.join("::"),
        };
        files.insert(name, file);
    }
    let names: BTreeSet<String> = files.keys().cloned().collect();
    let resolve = |path: &[String]| -> String {
        (1..=path.len())
            .rev()
            .map(|n| path[..n].join("::"))
            .find(|candidate| names.contains(candidate))
            .unwrap_or_default()
    };
    files
        .into_iter()
        .map(|(name, file)| {
            let text = std::fs::read_to_string(&file).unwrap();
            let here: Vec<String> = if name.is_empty() {
                Vec::new()
            } else {
                name.split("::").map(str::to_owned).collect()
            };
            let uses = paths(&text)
                .into_iter()
                .filter_map(|path| {
                    let mut at = here.clone();
                    let mut segments = path.into_iter().peekable();
                    match segments.peek().map(String::as_str) {
                        Some("crate" | "madoguchi") => {
                            at.clear();
                            segments.next();
                        }
                        Some("super" | "self") => {}
                        _ => return None,
                    }
                    for segment in segments {
                        match segment.as_str() {
                            "super" => {
                                at.pop();
                            }
                            "self" => {}
                            _ => at.push(segment),
                        }
                    }
                    let module = resolve(&at);
                    (module != name).then_some(module)
                })
                .collect();
            (name, Module { file, uses })
        })
        .collect()
}

/// The paths a file names, with use trees spread out: `crate::a::{b, c::d}` gives
/// `crate::a::b` and `crate::a::c::d`. Comments are left out; string literals are read as
/// code, which at worst names a module twice.
fn paths(text: &str) -> Vec<Vec<String>> {
    let code: String = text
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word =
            i == 0 || !(chars[i - 1].is_alphanumeric() || "_:".contains(chars[i - 1]));
        let rest: String = chars[i..chars.len().min(i + 12)].iter().collect();
        let root = ["crate::", "super::", "self::", "madoguchi::"]
            .into_iter()
            .find(|r| rest.starts_with(r));
        match root {
            Some(_) if starts_word => {
                let mut trees = Vec::new();
                i = use_tree(&chars, i, Vec::new(), &mut trees);
                out.extend(trees);
            }
            _ => i += 1,
        }
    }
    out
}

/// Reads the use tree at `i` under `prefix` into `out`; returns where it ends.
fn use_tree(
    chars: &[char],
    mut i: usize,
    mut prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    loop {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if i < chars.len() && chars[i] == '{' {
            i += 1;
            loop {
                i = use_tree(chars, i, prefix.clone(), out);
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                match chars.get(i) {
                    Some(',') => i += 1,
                    Some('}') => return i + 1,
                    _ => return i,
                }
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                if chars.get(i) == Some(&'}') {
                    return i + 1;
                }
            }
        }
        let start = i;
        while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
            i += 1;
        }
        if start == i {
            out.push(prefix);
            return i;
        }
        prefix.push(chars[start..i].iter().collect());
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            out.push(prefix);
            return i;
        }
    }
}

/// The circles of a graph (its strongly connected parts of more than one node), each from
/// its first node in order.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let nodes: BTreeSet<&String> = graph
        .iter()
        .flat_map(|(from, to)| std::iter::once(from).chain(to))
        .collect();
    let reaches = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(node) = todo.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|n| (*n, reaches(n))).collect();
    let mut placed = BTreeSet::new();
    let mut out = Vec::new();
    for node in &nodes {
        if placed.contains(*node) || !reach[node].contains(*node) {
            continue;
        }
        let circle: Vec<String> = nodes
            .iter()
            .filter(|other| reach[node].contains(**other) && reach[*other].contains(*node))
            .map(|n| (*n).clone())
            .collect();
        placed.extend(circle.iter().cloned());
        out.push(circle);
    }
    out
}
