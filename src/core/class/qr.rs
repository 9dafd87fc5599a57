//! QR codes for assignment links and pupils' summaries: the module grid (the game draws it as
//! an image) and an SVG (the teacher's page and its printed sheet).

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone around a code, in modules (the standard's minimum).
pub const QUIET: usize = 4;

/// A QR code's dark and light modules, row by row, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    pub size: usize,
    pub dark: Vec<bool>,
}

impl Matrix {
    /// Whether the module at (`x`, `y`) is dark (false outside the code).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }
}

/// The code for `text` at error correction level M (a smudged or glary screen still reads),
/// or `None` if the text is too long for any QR code.
pub fn matrix(text: &str) -> Option<Matrix> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let dark = (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some(Matrix { size, dark })
}

/// The code as a standalone SVG (black on white, with its quiet zone), one path of unit
/// squares, scaled by the page. `None` if the text is too long.
pub fn svg(text: &str) -> Option<String> {
    let matrix = matrix(text)?;
    let full = matrix.size + 2 * QUIET;
    let mut path = String::new();
    for y in 0..matrix.size {
        for x in 0..matrix.size {
            if matrix.is_dark(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\" \
         aria-hidden=\"true\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_finder_patterns_and_svgs_hold_only_our_markup() {
        let text = "https://school.example/bb/index.html#mission=<script>";
        let m = matrix(text).unwrap();
        assert!(m.size >= 21 && m.size % 4 == 1);
        // The top-left finder pattern: a dark 7×7 ring around a light ring and a dark centre.
        assert!((0..7).all(|i| m.is_dark(i, 0) && m.is_dark(0, i) && m.is_dark(i, 6) && m.is_dark(6, i)));
        assert!(!m.is_dark(1, 1) && m.is_dark(3, 3));
        let svg = svg(text).unwrap();
        assert!(svg.starts_with("<svg") && !svg.contains("script"));
        assert!(matrix(&"x".repeat(8000)).is_none());
    }
}
