//! Byte Bridge's build tool. `cargo xtask build` makes the complete static site in `dist/`:
//! the release wasm of the game and of the password-strength module (loaded only by password
//! levels) and of the teacher page's module, one language pack per language (the Fluent files
//! of a language in one file, fetched when the language is first shown), their JS glue (wasm-bindgen as a library, so its
//! version is the one in Cargo.lock), index.html and teacher.html with the page's messages
//! from the Fluent files, the pages' scripts (web/*.js, web/teacher-page/), the QR decoder jsQR
//! and the template library lit-html from node_modules, the web manifest and icons, the
//! service worker (web/sw.js with this build's version, file lists and each file's SHA-256,
//! for offline play), licences, and a `.br` and `.gz` copy of every file for hosts that serve
//! precompressed files.

use byte_bridge::core::i18n::Localizer;
use sha2::{Digest as _, Sha256};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod language;
mod package;
mod school;

const HELP: &str = "\
Usage: cargo xtask build [--out DIR] [--names]
       cargo xtask check-language TAG [--root DIR]
       cargo xtask school-files --schools N --out DIR [--from K]

school-files writes the pupils' results files of N schools (25 pupils each, 30 levels with
one to four tries each over a term) into DIR/school-<n>/, numbered from K (default 0; every
school's pupils are its own), made with the game's own code, for the record store benchmark
(node tools/bench-lrs.mjs).

check-language checks assets/i18n/TAG/*.ftl (under DIR, default: the project root) against
English as the files are on disk, without a build: missing or extra ids and attributes,
syntax, variables, plural forms of the language's CLDR categories, counts before nouns,
characters the game's font lacks, cards too long for a tablet. It prints \"TAG: ok\" or each
problem, and fails when there are problems.

build

Builds the release web bundle (profile web-release, target wasm32-unknown-unknown) into DIR
(default: dist/ at the project root): index.html, the game's JS glue and wasm and the
password-strength module's (loaded only by password levels), all with content-hashed names,
teacher.html with its module, one language pack per language (i18n/<tag>-<hash>.ftl, the
game's texts, and i18n/teacher-<tag>-<hash>.ftl, the teacher page's own; a script the game
has no font for also gets i18n/font-<tag>-<hash>.ttf, e.g. Arabic; each page fetches only the
languages it shows), the QR decoder vendor/jsQR.js and the template library
vendor/lit-html/ (from node_modules: run `npm ci` first), the web manifest and icons, sw.js (the service worker for offline play: the files the first
level needs, then the rest, in a cache named after a hash of everything shipped, each file
kept only if its bytes have the SHA-256 the build wrote), licences,
and .br/.gz copies of every file. Copy DIR to any static web host.

--names keeps the game's function names in its wasm (9 MB raw more), so that a CPU profile
of the page names Rust functions instead of numbers (how docs/size.md's start-up profile was
made). Such a build is for measuring only: never ship it.

Beside DIR, in packages/, the same game for school platforms: byte-bridge-kolibri.zip (a
Kolibri HTML5 app), byte-bridge-scorm12.zip (SCORM 1.2, imsmanifest.xml) and
byte-bridge-cmi5.zip (a cmi5 course, cmi5.xml). Inside them the platform's learner is the
player (docs/packages.md).

Environment: CARGO_TARGET_DIR is honoured (the test command keeps it under ~/.cache so
repeated runs reuse the build).";

/// Messages the game page itself shows (also when the wasm cannot run), copied from the .ftl
/// files. Each page gets only its own, so the pupil's first visit carries no teacher text.
const GAME_MESSAGES: &[&str] = &[
    "web-loading",
    "web-error-webgl",
    "web-error-download",
    "web-error-crash",
    "web-reload",
    // The players screen the page shows while the game loads (web/quick.js).
    "players-title",
    "players-empty",
    "player-new",
    "grown-ups",
    "players-next",
];
/// The same for the teacher's page.
const TEACHER_MESSAGES: &[&str] =
    &["web-loading", "web-teacher-error-download", "web-reload", "web-teacher-framed", "web-teacher-open-alone"];

/// lit-html's ES module files the teacher page imports (web/teacher-page), as they are in the
/// npm package: the core and the directives the page uses, with the modules they import.
const LIT_HTML_FILES: &[&str] = &[
    "lit-html.js",
    "directive.js",
    "directive-helpers.js",
    "directives/live.js",
    "directives/repeat.js",
    "directives/unsafe-html.js",
    "directives/unsafe-svg.js",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => {
            let out = match args.iter().position(|a| a == "--out") {
                Some(i) => match args.get(i + 1) {
                    Some(dir) => PathBuf::from(dir),
                    None => return usage("--out needs a directory"),
                },
                None => root().join("dist"),
            };
            build(&out, args.iter().any(|a| a == "--names"))
        }
        Some("check-language") => {
            let Some(tag) = args.get(1) else { return usage("check-language needs a language tag") };
            let dir = match args.iter().position(|a| a == "--root") {
                Some(i) => match args.get(i + 1) {
                    Some(dir) => PathBuf::from(dir),
                    None => return usage("--root needs a directory"),
                },
                None => root(),
            };
            language::check(&dir, tag)
        }
        Some("school-files") => {
            let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1));
            let Some(out) = value("--out") else { return usage("school-files needs --out DIR") };
            let Some(schools) =
                value("--schools").and_then(|n| n.parse::<u64>().ok()).filter(|n| (1..=10_000).contains(n))
            else {
                return usage("school-files needs --schools N (1 to 10000)");
            };
            let first = value("--from").and_then(|n| n.parse::<u64>().ok()).unwrap_or(0).min(1_000_000_000);
            school::write(Path::new(out), first, schools).map(|statements| {
                println!("{schools} schools, {} pupils, {statements} attempts in {out}", schools * school::PUPILS);
            })
        }
        Some("--help" | "-h" | "help") | None => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Some(other) => return usage(&format!("unknown command {other:?}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("xtask: {problem}\n\n{HELP}");
    ExitCode::from(2)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap_or_else(|_| PathBuf::from("."))
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

fn build(out: &Path, names: bool) -> Result<(), String> {
    let root = root();
    let started = std::time::Instant::now();
    // The game without the password estimator (default feature `estimator`), which is built
    // as its own module below. Two cargo runs: one would unify the features.
    cargo_wasm(&root, &["--no-default-features", "--features", "web", "--bin", "byte_bridge"])?;
    cargo_wasm(&root, &["-p", "byte_bridge_strength", "--lib"])?;
    cargo_wasm(&root, &["-p", "byte_bridge_teacher", "--lib"])?;
    println!("xtask: wasm built in {:.0} s", started.elapsed().as_secs_f64());

    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let wasm_dir = target_dir().join("wasm32-unknown-unknown/web-release");
    let (js_name, wasm_name) = bindgen(&wasm_dir.join("byte_bridge.wasm"), "byte_bridge", out, names)?;
    let (strength_js, strength_wasm) = bindgen(&wasm_dir.join("byte_bridge_strength.wasm"), "strength", out, false)?;
    let (teacher_js, teacher_wasm) = bindgen(&wasm_dir.join("byte_bridge_teacher.wasm"), "teacher", out, false)?;

    // One pack per language (its Fluent files in one text), fetched by the pages when needed.
    let packs = write_packs(out)?;

    // The page, with its messages in every shipped language.
    let template = read_text(&root.join("web/index.html"))?;
    let noscript = noscript()?;
    let page = template
        .replace("{{NOSCRIPT}}", &noscript)
        .replace("{{GAME_JS}}", &js_name)
        .replace("{{GAME_WASM}}", &wasm_name)
        .replace("{{STRENGTH_JS}}", &strength_js)
        .replace("{{STRENGTH_WASM}}", &strength_wasm)
        .replace("{{PAGE_MESSAGES}}", &page_messages(GAME_MESSAGES)?)
        .replace("{{LANGUAGE_PACKS}}", &packs);
    if page.contains("{{") {
        return Err("web/index.html has a placeholder the build does not fill".into());
    }
    write(&out.join("index.html"), page.as_bytes())?;

    // The teacher's page: its boot messages, and its own module.
    let teacher = read_text(&root.join("web/teacher.html"))?
        .replace("{{NOSCRIPT}}", &noscript)
        .replace("{{TEACHER_JS}}", &teacher_js)
        .replace("{{TEACHER_WASM}}", &teacher_wasm)
        .replace("{{PAGE_MESSAGES}}", &page_messages(TEACHER_MESSAGES)?)
        .replace("{{LANGUAGE_PACKS}}", &packs);
    if teacher.contains("{{") {
        return Err("web/teacher.html has a placeholder the build does not fill".into());
    }
    write(&out.join("teacher.html"), teacher.as_bytes())?;
    // jsQR (npm, pinned in package-lock.json) reads QR codes where BarcodeDetector is missing.
    let jsqr = root.join("node_modules/jsqr");
    std::fs::create_dir_all(out.join("vendor")).map_err(|e| e.to_string())?;
    std::fs::copy(jsqr.join("dist/jsQR.js"), out.join("vendor/jsQR.js"))
        .map_err(|e| format!("{}: {e} (run `npm ci` first; tools/play.sh does)", jsqr.display()))?;
    // lit-html (npm, pinned likewise) renders the teacher page in place.
    let lit = root.join("node_modules/lit-html");
    for file in LIT_HTML_FILES {
        let target = out.join("vendor/lit-html").join(file);
        std::fs::create_dir_all(target.parent().unwrap_or(out)).map_err(|e| e.to_string())?;
        std::fs::copy(lit.join(file), &target)
            .map_err(|e| format!("{}: {e} (run `npm ci` first; tools/play.sh does)", lit.join(file).display()))?;
    }

    // Everything else under web/ as it is (the manifest, the icons), and the licences of what
    // we ship.
    // (package.js only in the packages, below.)
    copy_dir(&root.join("web"), out, &["index.html", "teacher.html", "sw.js", "strength", "teacher", "package.js"])?;
    check_manifest(out)?;
    std::fs::create_dir_all(out.join("licenses")).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("assets/CREDITS.md"), out.join("licenses/CREDITS.md")).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("assets/fonts/OFL.txt"), out.join("licenses/OFL.txt")).map_err(|e| e.to_string())?;
    std::fs::copy(root.join("assets/fonts/OFL-Noto.txt"), out.join("licenses/OFL-Noto.txt"))
        .map_err(|e| e.to_string())?;
    std::fs::copy(jsqr.join("LICENSE"), out.join("licenses/jsQR-LICENSE.txt")).map_err(|e| e.to_string())?;
    std::fs::copy(lit.join("LICENSE"), out.join("licenses/lit-html-LICENSE.txt")).map_err(|e| e.to_string())?;

    // The service worker last: it lists and hashes every file written so far.
    let template = read_text(&root.join("web/sw.js"))?;
    let worker = service_worker(&template, out, &[&strength_js, &strength_wasm])?;
    write(&out.join("sw.js"), worker.as_bytes())?;

    compress_all(out)?;
    // The packages for school platforms, beside DIR.
    let packages = out.parent().unwrap_or(out).join("packages");
    for zip in package::write_all(out, &root.join("web/package.js"), &packages)? {
        let size = std::fs::metadata(&zip).map(|m| m.len()).unwrap_or(0);
        println!("  {:<40} {size:>10} zip", zip.strip_prefix(&root).unwrap_or(&zip).display());
    }
    println!("xtask: {} ready ({:.0} s in all)", out.display(), started.elapsed().as_secs_f64());
    Ok(())
}

/// Writes `i18n/<tag>-<hash>.ftl` (the game's texts) and `i18n/teacher-<tag>-<hash>.ftl` (the
/// teacher page's own) for every language, prints each pack's size, and returns
/// `{"game": {tag: url}, "teacher": {tag: url}}` for the pages.
fn write_packs(out: &Path) -> Result<String, String> {
    use byte_bridge::core::content::{FTL_FILES, LANGUAGES, TEACHER_FTL_FILES};
    use byte_bridge::core::i18n::pack_text;
    std::fs::create_dir_all(out.join("i18n")).map_err(|e| e.to_string())?;
    let mut lists = serde_json::Map::new();
    for (kind, files, prefix) in [("game", FTL_FILES, ""), ("teacher", TEACHER_FTL_FILES, "teacher-")] {
        let mut list = serde_json::Map::new();
        for (tag, _) in LANGUAGES {
            let mut text = pack_text(files, tag);
            // Each pack must load on its own: check it as the game will read it.
            byte_bridge::core::i18n::Localizer::empty()
                .add_pack(tag, &text)
                .map_err(|e| format!("the {tag} {kind} pack does not load: {e:?}"))?;
            // Comments are for translators; a pupil's tablet does not need them.
            text = text.lines().filter(|line| !line.starts_with('#')).collect::<Vec<_>>().join("\n") + "\n";
            let name = format!("i18n/{prefix}{tag}-{}.ftl", short_hash(text.as_bytes()));
            write(&out.join(&name), text.as_bytes())?;
            list.insert((*tag).to_owned(), serde_json::Value::String(format!("./{name}")));
        }
        lists.insert(kind.to_owned(), serde_json::Value::Object(list));
    }
    // A script the game has no font for: its font travels with its language (`font-<tag>`).
    let mut fonts = serde_json::Map::new();
    for (tag, _) in LANGUAGES {
        let Some(font) = byte_bridge::core::i18n::fonts::pack_font(tag) else { continue };
        let bytes =
            std::fs::read(root().join("assets/fonts").join(font.file)).map_err(|e| format!("{}: {e}", font.file))?;
        let name = format!("i18n/font-{tag}-{}.ttf", short_hash(&bytes));
        write(&out.join(&name), &bytes)?;
        fonts.insert((*tag).to_owned(), serde_json::Value::String(format!("./{name}")));
    }
    lists.insert("font".to_owned(), serde_json::Value::Object(fonts));
    let json = serde_json::to_string(&lists).map_err(|e| e.to_string())?;
    Ok(json.replace("</", "<\\/"))
}

/// `cargo build` of the shipped profile for the browser, with `args` naming what to build.
fn cargo_wasm(root: &Path, args: &[&str]) -> Result<(), String> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["build", "--profile", "web-release", "--target", "wasm32-unknown-unknown"])
        .args(args)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("the wasm build failed: cargo build {}", args.join(" "))) }
}

/// JS glue and wasm for one module, with content-hashed names (a school tablet's cache can
/// never mix two versions). The name section (function names for stack traces) is 9 MB in
/// the game and pupils never read stack traces: it is dropped. Returns the (js, wasm) names.
fn bindgen(wasm_in: &Path, name: &str, out: &Path, names: bool) -> Result<(String, String), String> {
    let mut output = wasm_bindgen_cli_support::Bindgen::new()
        .input_path(wasm_in)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .remove_name_section(!names)
        .remove_producers_section(true)
        .out_name(name)
        .generate_output()
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    // Writes the glue, the wasm and the JS snippets some crates (winit) ship, side by side.
    output.emit(out).map_err(|e| format!("wasm-bindgen: {e}"))?;
    let wasm = std::fs::read(out.join(format!("{name}_bg.wasm"))).map_err(|e| e.to_string())?;
    let hash = short_hash(&wasm);
    let wasm_name = format!("{name}-{hash}.wasm");
    let js_name = format!("{name}-{hash}.js");
    std::fs::rename(out.join(format!("{name}_bg.wasm")), out.join(&wasm_name)).map_err(|e| e.to_string())?;
    std::fs::rename(out.join(format!("{name}.js")), out.join(&js_name)).map_err(|e| e.to_string())?;
    Ok((js_name, wasm_name))
}

/// `{"en":{"web-loading":"…",…},"de":{…}}` with the messages `ids` in every shipped language,
/// safe to place inside a `<script type="application/json">` element.
fn page_messages(ids: &[&str]) -> Result<String, String> {
    let localizer = Localizer::embedded().map_err(|e| format!("Fluent files: {e:?}"))?;
    let mut all = serde_json::Map::new();
    for tag in localizer.tags() {
        let mut messages = serde_json::Map::new();
        for &id in ids {
            let text = localizer
                .text_in(tag, id)
                .or_else(|| localizer.text_in("en", id))
                .ok_or_else(|| format!("{id} is missing from assets/i18n/en"))?;
            messages.insert(id.to_owned(), serde_json::Value::String(text));
        }
        all.insert(tag.to_owned(), serde_json::Value::Object(messages));
    }
    let json = serde_json::to_string(&all).map_err(|e| e.to_string())?;
    // "</script" inside a string would end the element early.
    Ok(json.replace("</", "<\\/"))
}

/// The no-JavaScript message in every language, as HTML paragraphs.
fn noscript() -> Result<String, String> {
    let localizer = Localizer::embedded().map_err(|e| format!("Fluent files: {e:?}"))?;
    let mut noscript = String::new();
    for tag in localizer.tags() {
        let text = localizer
            .text_in(tag, "web-noscript")
            .or_else(|| localizer.text_in("en", "web-noscript"))
            .ok_or("web-noscript is missing from assets/i18n/en")?;
        let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let _ = write!(noscript, "<p lang=\"{tag}\">{escaped}</p>");
    }
    Ok(noscript)
}

/// web/sw.js with this build's version, file lists and each file's SHA-256. Background files
/// are the ones no first level needs: the modules named in `lazy` (the password estimator),
/// the licences and the PNG icons (only installing to the home screen uses them; the page's
/// own icon is icons/icon.svg); every other file written to `out` so far is core (the page,
/// the game, its snippets, the manifest and icon.svg). The version hashes the template and every file's name and
/// bytes, so any change gives a new worker, and so a new cache. The worker keeps a file only
/// if its bytes have the SHA-256 written here (FNV names versions; it is not made to tell
/// bytes apart that someone chose, SHA-256 is, and browsers compute it natively).
fn service_worker(template: &str, out: &Path, lazy: &[&str]) -> Result<String, String> {
    let mut files = Vec::new();
    collect_files(out, &mut files)?; // before compress_all: no .br/.gz yet, and no sw.js
    let mut hash = fnv1a(FNV_START, template.as_bytes());
    // No "./": a server that does not map a folder to index.html (S3-style hosting, some
    // LMS file links) would fail the install; the worker answers "./" with index.html.
    let mut core = Vec::new();
    let mut background = Vec::new();
    let mut digests = serde_json::Map::new();
    let mut packs = serde_json::Map::new();
    for file in &files {
        let name = file.strip_prefix(out).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
        // Listed as URLs as they are: names that would need escaping have no place here.
        if !name.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b)) {
            return Err(format!("{name}: shipped file names may hold only letters, digits and ._-/"));
        }
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        hash = fnv1a(fnv1a(hash, name.as_bytes()), &bytes);
        let url = format!("./{name}");
        digests.insert(url.clone(), serde_json::Value::String(hex(&Sha256::digest(&bytes))));
        // The teacher's page, its scripts (teacher.js, teacher-page/), module and vendored
        // libraries (jsQR, lit-html): a pupil never needs them.
        let teachers = name.starts_with("teacher") || name.starts_with("vendor/");
        if let Some(tag) = pack_tag(&name) {
            // A language pack (`de`, or `teacher-de` for the teacher page's own texts): kept
            // once this browser uses the language (web/sw.js).
            packs.insert(tag.to_owned(), serde_json::Value::String(url));
        } else if lazy.contains(&name.as_str())
            || teachers
            || name.starts_with("licenses/")
            || (name.starts_with("icons/") && name.ends_with(".png"))
        {
            background.push(url);
        } else {
            core.push(url);
        }
    }
    let json = |list: &[String]| serde_json::to_string(list).map_err(|e| e.to_string());
    let worker = template
        .replace("{{VERSION}}", &hex12(hash))
        .replace("{{CORE_FILES}}", &json(&core)?)
        .replace("{{BACKGROUND_FILES}}", &json(&background)?)
        .replace("{{PACK_FILES}}", &serde_json::to_string(&packs).map_err(|e| e.to_string())?)
        .replace("{{FILE_SHA256}}", &serde_json::to_string(&digests).map_err(|e| e.to_string())?);
    if worker.contains("{{") {
        return Err("web/sw.js has a placeholder the build does not fill".into());
    }
    Ok(worker)
}

/// The language of a pack's file name, `i18n/<tag>-<hash>.ftl` (`teacher-<tag>` for the
/// teacher page's packs, `font-<tag>` for a script's font, `.ttf`).
fn pack_tag(name: &str) -> Option<&str> {
    let name = name.strip_prefix("i18n/")?;
    let stem = name.strip_suffix(".ftl").or_else(|| name.strip_suffix(".ttf"))?;
    stem.rsplit_once('-').map(|(tag, _)| tag)
}

/// The manifest must be JSON and its icons must be there, or the page is not installable.
fn check_manifest(out: &Path) -> Result<(), String> {
    let text = read_text(&out.join("manifest.webmanifest"))?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("web/manifest.webmanifest: {e}"))?;
    let icons = manifest["icons"].as_array().filter(|icons| !icons.is_empty());
    for icon in icons.ok_or("web/manifest.webmanifest lists no icons")? {
        let src = icon["src"].as_str().unwrap_or_default();
        if src.is_empty() || !out.join(src).is_file() {
            return Err(format!("web/manifest.webmanifest names an icon that is not in web/: {src:?}"));
        }
    }
    Ok(())
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// 64-bit FNV-1a of `bytes`, continuing from `hash` (FNV_START for a new one).
fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Lower-case hex digits of `bytes`.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut text, b| {
        let _ = write!(text, "{b:02x}");
        text
    })
}

/// 12 hex digits: enough to tell builds apart in a cache.
fn hex12(hash: u64) -> String {
    format!("{hash:016x}")[..12].to_owned()
}

/// A file's content hash for its name.
fn short_hash(bytes: &[u8]) -> String {
    hex12(fnv1a(FNV_START, bytes))
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path, skip: &[&str]) -> Result<(), String> {
    let entries = std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name_text = name.to_string_lossy();
        if skip.contains(&name_text.as_ref()) {
            continue;
        }
        let target = to.join(&name);
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&entry.path(), &target, &[])?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| format!("cannot copy {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

fn compress_all(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    let mut report = String::new();
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| e.to_string())?;
        let mut br = Vec::new();
        {
            let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
            brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).map_err(|e| e.to_string())?;
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let name = file.strip_prefix(dir).unwrap_or(&file).display().to_string();
        let _ = writeln!(report, "  {name:<40} {:>10} raw {:>10} br {:>10} gz", bytes.len(), br.len(), gz.len());
        write(&PathBuf::from(format!("{}.br", file.display())), &br)?;
        write(&PathBuf::from(format!("{}.gz", file.display())), &gz)?;
    }
    print!("{report}");
    Ok(())
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| e.to_string())?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(())
}
