//! `--policy-dir`: the built-in policies plus every `*.json` policy in a
//! folder, all checked before the service starts.

use crate::Failure;
use refresh_request_core::catalog::Catalog;
use refresh_request_core::policy::Policy;
use std::path::{Path, PathBuf};

/// The catalog, or every problem of every file with its path.
pub fn load(dir: &Path) -> Result<Catalog, Failure> {
    let shown_dir = dir.display();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure(format!("--policy-dir {shown_dir}: cannot read: {e}")))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
        .collect();
    paths.sort();
    let mut catalog = Catalog::default();
    let mut loaded: Vec<(String, &Path)> = Vec::new();
    let mut problems = Vec::new();
    for path in &paths {
        let shown = path.display();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{shown}: cannot read: {e}"));
                continue;
            }
        };
        match Policy::from_json(&text) {
            Ok(p) => {
                if let Some((_, first)) = loaded.iter().find(|(id, _)| *id == p.id) {
                    problems.push(format!(
                        "{shown}: id: the policy “{}” is also in {}",
                        p.id,
                        first.display()
                    ));
                } else {
                    loaded.push((p.id.clone(), path));
                    catalog.add(p);
                }
            }
            Err(e) => problems.extend(e.problems.iter().map(|p| {
                let at = if p.path.is_empty() {
                    "(the file)"
                } else {
                    &p.path
                };
                format!("{shown}: {at}: expected {}, found {}", p.expected, p.found)
            })),
        }
    }
    if !problems.is_empty() {
        return Err(Failure(format!(
            "--policy-dir {shown_dir}: {} problem{}, not started:\n{}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            problems.join("\n")
        )));
    }
    eprintln!(
        "refresh-request: {} polic{} from {shown_dir}",
        loaded.len(),
        if loaded.len() == 1 { "y" } else { "ies" }
    );
    Ok(catalog)
}
