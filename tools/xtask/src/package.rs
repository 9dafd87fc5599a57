//! The packages for school platforms, from the same build as `dist/` (issue #19; the rules
//! the game follows inside them: src/core/package.rs, src/game/package.rs, web/package.js):
//!
//! - `byte-bridge-kolibri.zip`: a Kolibri HTML5 app (index.html at the root, every file the
//!   game needs inside the zip, nothing fetched from anywhere else);
//! - `byte-bridge-scorm12.zip`: SCORM 1.2 content, one SCO (imsmanifest.xml at the root);
//! - `byte-bridge-cmi5.zip`: a cmi5 course package, one AU (cmi5.xml at the root).
//!
//! Each holds the game page, its modules and language packs, not the teacher's page, the
//! service worker (the platform serves the package) or the precompressed copies.

use byte_bridge::core::i18n::Localizer;
use byte_bridge::core::package::Kind;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The AU's and the course's activity ids in cmi5.xml (IRIs; URNs, so no one's address).
pub const COURSE_ID: &str = "urn:byte-bridge:course";
pub const AU_ID: &str = "urn:byte-bridge:au:game";

/// Files of `dist/` no package needs: the teacher's page and its parts, the service worker,
/// and files only a web server reads.
fn left_out(name: &str) -> bool {
    let top = name.split('/').next().unwrap_or(name);
    name.ends_with(".br")
        || name.ends_with(".gz")
        || matches!(top, "sw.js" | "teacher.html" | "teacher.js" | "teacher.css" | "teacher-page" | "_headers")
        || name.starts_with("vendor/")
        || name.starts_with("i18n/teacher-")
        || (top.starts_with("teacher-") && (top.ends_with(".js") || top.ends_with(".wasm")))
}

/// Writes the three zips into `into`, from the finished `dist` (before its .br/.gz copies or
/// after: those are left out), with `package_js` (web/package.js) beside the page.
pub fn write_all(dist: &Path, package_js: &Path, into: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(into).map_err(|e| format!("cannot create {}: {e}", into.display()))?;
    let mut files = Vec::new();
    super::collect_files(dist, &mut files)?;
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|f| f.strip_prefix(dist).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|name| !left_out(name) && name != "index.html")
        .collect();
    names.sort();
    let page = super::read_text(&dist.join("index.html"))?;
    let script = std::fs::read(package_js).map_err(|e| format!("cannot read {}: {e}", package_js.display()))?;
    let localizer = Localizer::embedded().map_err(|e| format!("Fluent files: {e:?}"))?;
    let mut written = Vec::new();
    for kind in Kind::ALL {
        let path = into.join(format!("byte-bridge-{}.zip", kind.name()));
        let file = std::fs::File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        let mut add = |name: &str, bytes: &[u8]| -> Result<(), String> {
            zip.start_file(name, options).map_err(|e| format!("{}: {name}: {e}", path.display()))?;
            zip.write_all(bytes).map_err(|e| format!("{}: {name}: {e}", path.display()))
        };
        add("index.html", package_page(&page, kind)?.as_bytes())?;
        add("package.js", &script)?;
        for name in &names {
            let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
            add(name, &bytes)?;
        }
        let mut listed: Vec<String> = vec!["index.html".into(), "package.js".into()];
        listed.extend(names.iter().cloned());
        match kind {
            Kind::Scorm12 => add("imsmanifest.xml", scorm_manifest(&listed, &localizer).as_bytes())?,
            Kind::Cmi5 => add("cmi5.xml", cmi5_course(&localizer).as_bytes())?,
            Kind::Kolibri => {}
        }
        zip.finish().map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// The game's page as a package's: it names its platform, and its Content Security Policy
/// lets a cmi5 package reach the LMS's record store (any https address, or this machine's).
/// Kolibri's package has no policy of its own: Kolibri adds its bridge's script to the page
/// and serves its content under its own policy.
fn package_page(page: &str, kind: Kind) -> Result<String, String> {
    const CSP_START: &str = "<meta http-equiv=\"Content-Security-Policy\"";
    let marker = "<script type=\"application/json\" id=\"page-messages\">";
    if !page.contains(marker) || !page.contains(CSP_START) || !page.contains("connect-src 'self';") {
        return Err("index.html: the package's page cannot be made (markers missing)".into());
    }
    let mut page = page.replacen(
        marker,
        &format!(
            "<script type=\"application/json\" id=\"package\">{{\"kind\": \"{}\"}}</script>\n{marker}",
            kind.name()
        ),
        1,
    );
    match kind {
        Kind::Cmi5 => {
            page = page.replacen(
                "connect-src 'self';",
                "connect-src 'self' https: http://localhost:* http://127.0.0.1:*;",
                1,
            );
        }
        Kind::Kolibri => {
            let start = page.find(CSP_START).unwrap_or(0);
            let end = page[start..].find('>').map_or(start, |e| start + e + 1);
            page.replace_range(start..end, "<!-- Kolibri serves its content under its own policy -->");
        }
        Kind::Scorm12 => {}
    }
    // A package is not installed as an app of its own: the platform is the app.
    let manifest = "<link rel=\"manifest\" href=\"manifest.webmanifest\">\n";
    Ok(page.replacen(manifest, "", 1))
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// SCORM 1.2's imsmanifest.xml: one organization, one SCO (index.html) listing every file.
fn scorm_manifest(files: &[String], localizer: &Localizer) -> String {
    let title = xml(&localizer.text_in("en", "app-title").unwrap_or_else(|| "Byte Bridge".into()));
    let files: String = files.iter().map(|f| format!("      <file href=\"{}\"/>\n", xml(f))).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="byte-bridge" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="byte-bridge-course">
    <organization identifier="byte-bridge-course">
      <title>{title}</title>
      <item identifier="byte-bridge-game" identifierref="byte-bridge-sco">
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="byte-bridge-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
{files}    </resource>
  </resources>
</manifest>
"#
    )
}

/// cmi5's course structure: one AU, the game, done when the learner's map is complete
/// (`moveOn="Completed"`), with its title and description in every shipped language.
fn cmi5_course(localizer: &Localizer) -> String {
    let strings = |id: &str| -> String {
        localizer
            .tags()
            .into_iter()
            .filter_map(|tag| localizer.text_in(tag, id).map(|text| (tag, text)))
            .map(|(tag, text)| format!("<langstring lang=\"{}\">{}</langstring>", xml(tag), xml(&text)))
            .collect()
    };
    let (title, description) = (strings("app-title"), strings("app-tagline"));
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="{COURSE_ID}">
    <title>{title}</title>
    <description>{description}</description>
  </course>
  <au id="{AU_ID}" moveOn="Completed" launchMethod="AnyWindow">
    <title>{title}</title>
    <description>{description}</description>
    <url>index.html</url>
  </au>
</courseStructure>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_teachers_page_and_server_files_stay_out() {
        for name in [
            "sw.js",
            "teacher.html",
            "teacher-page/view.js",
            "i18n/teacher-de-1.ftl",
            "teacher-ab12.wasm",
            "vendor/jsQR.js",
            "a.js.br",
        ] {
            assert!(left_out(name), "{name}");
        }
        for name in [
            "byte_bridge-ab12.wasm",
            "i18n/de-12.ftl",
            "i18n/font-ar-1.ttf",
            "boot.js",
            "icons/icon.svg",
            "strength-1.js",
        ] {
            assert!(!left_out(name), "{name}");
        }
    }
}
