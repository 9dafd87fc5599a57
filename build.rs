//! Embeds the content under `assets/` (levels, worlds, Fluent files) into the binary.
//!
//! Content stays data: adding a level file or a language folder needs no Rust change, and
//! the game needs no HTTP request or loading state to read text and levels (which also makes
//! it work offline and from a USB stick).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let levels = root.join("assets/levels");
    let i18n = root.join("assets/i18n");
    println!("cargo:rerun-if-changed=assets/levels");
    println!("cargo:rerun-if-changed=assets/i18n");

    let mut out = String::new();
    out.push_str("/// Level and world files, `(path relative to the crate, text)`, sorted by path.\n");
    out.push_str("pub static LEVEL_FILES: &[(&str, &str)] = &[\n");
    for file in sorted_files(&levels, "json") {
        push_entry(&mut out, &root, &file);
    }
    out.push_str("];\n");

    // The teacher page's own texts stay out of the game (a pupil's tablet never shows them).
    let teachers = |file: &Path| TEACHER_FTL.iter().any(|name| file.file_name().is_some_and(|f| f == *name));
    let mut languages: Vec<PathBuf> = read_dir(&i18n).into_iter().filter(|p| p.is_dir()).collect();
    languages.sort();
    for (name, doc, teacher) in [
        ("FTL_FILES", "Fluent files of the game", false),
        ("TEACHER_FTL_FILES", "Fluent files only the teacher's page uses", true),
    ] {
        let _ = writeln!(out, "/// {doc}, `(path relative to the crate, text)`, sorted by path.");
        let _ = writeln!(out, "pub static {name}: &[(&str, &str)] = &[");
        for language in &languages {
            println!("cargo:rerun-if-changed={}", language.display());
            for file in sorted_files(language, "ftl").into_iter().filter(|f| teachers(f) == teacher) {
                push_entry(&mut out, &root, &file);
            }
        }
        out.push_str("];\n");
    }

    // Every shipped language with its own name (`language-name` in its ui.ftl): the language
    // picker lists them all, also those whose pack this tablet has not fetched yet.
    out.push_str("/// Every shipped language, `(tag, its own name)`, sorted by tag.\n");
    out.push_str("pub static LANGUAGES: &[(&str, &str)] = &[\n");
    for language in &languages {
        let tag = language.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let ui = std::fs::read_to_string(language.join("ui.ftl")).unwrap_or_default();
        let name = ui
            .lines()
            .find_map(|line| {
                line.strip_prefix("language-name").map(|rest| rest.trim_start().trim_start_matches('=').trim())
            })
            .filter(|name| !name.is_empty())
            .unwrap_or(&tag)
            .to_owned();
        let _ = writeln!(out, "    ({tag:?}, {name:?}),");
    }
    out.push_str("];\n");

    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Fluent files (by name, in every language) that only the teacher's page uses.
const TEACHER_FTL: [&str; 2] = ["teacher.ftl", "class.ftl"];

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    }
}

fn sorted_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        read_dir(dir).into_iter().filter(|p| p.is_file() && p.extension().is_some_and(|e| e == extension)).collect();
    files.sort();
    files
}

fn push_entry(out: &mut String, root: &Path, file: &Path) {
    let relative = file.strip_prefix(root).unwrap_or(file).to_string_lossy().replace('\\', "/");
    let _ = writeln!(out, "    ({relative:?}, include_str!({:?})),", file.display().to_string());
}
