//! Reading a web address the way a careful person does: the site is the name just before
//! the end of the host ("moonbank.eu" in `https://login.moonbank.eu/help`), whatever comes
//! before it (subdomains, a name with `@`) or after it (a path) can be written by anyone.
//! Addresses are parsed by the `url` crate (the WHATWG URL standard, as browsers do), so
//! look-alike letters from other alphabets show up in their punycode (`xn--`) form.
//!
//! "The site" is what the URL standard calls the registrable domain: the host's public
//! suffix (the ending anyone can register names under, found with the Public Suffix List)
//! plus the one name before it. Reading from the end of the host: `.eu` is an ending, so the
//! site of `login.moonbank.eu` is `moonbank.eu`; `.co.uk` is an ending of two names, so the
//! site of `www.pixelpost.co.uk` is `pixelpost.co.uk`.
//!
//! The game does not carry the whole Public Suffix List (40 KB brotli as data, 180 KB as the
//! compiled `psl` crate, against a first-visit budget that is nearly full: docs/size.md).
//! It carries an unchanged excerpt, `assets/address/public-suffixes.dat` (MPL-2.0): the
//! list's two-name rules under the country endings of the Erasmus+ programme countries,
//! Ukraine and the UK, about 6.6 KB brotli. Every other ending counts as one name, which is
//! the list's own default rule. So this module reads a host exactly as the full list does
//! when its ending is one name with no rules below it (every `.example` address the levels
//! use, `.com`, `.eu`), or one of those countries' endings, except for the list's few deeper
//! rules there (such as `*.sch.uk` or `ap.gov.pl`). tests/content_addresses.rs checks every
//! level address and every excerpt rule against the full list.

use thiserror::Error;
use url::{Host, Url};

/// A parsed address, split into the parts a pupil can tap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// The parts, left to right; joined they read like the address.
    pub parts: Vec<Part>,
    /// The site (registrable domain) in the letters a browser uses (ASCII, punycode).
    pub site: String,
    /// The site as a person reads it (Unicode).
    pub site_shown: String,
}

/// One tappable part of an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// What kind of part it is.
    pub kind: PartKind,
    /// The text shown.
    pub text: String,
}

/// Kinds of address parts. Each has a sentence saying what it tells you (and what it does not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// `https://`
    Scheme,
    /// `name@` (the browser does not go there).
    UserInfo,
    /// One label before the site, with its dot, e.g. `login.`
    Subdomain,
    /// The site itself: who runs the page.
    Site,
    /// `:8080`
    Port,
    /// `/account/help`
    Path,
    /// `?code=…`
    Query,
    /// `#top`
    Fragment,
}

impl PartKind {
    /// Every kind, in the order they appear in an address.
    pub const ALL: [PartKind; 8] = [
        PartKind::Scheme,
        PartKind::UserInfo,
        PartKind::Subdomain,
        PartKind::Site,
        PartKind::Port,
        PartKind::Path,
        PartKind::Query,
        PartKind::Fragment,
    ];

    /// Stable name, recorded in answers and used in Fluent ids (`address-part-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            PartKind::Scheme => "scheme",
            PartKind::UserInfo => "user",
            PartKind::Subdomain => "subdomain",
            PartKind::Site => "site",
            PartKind::Port => "port",
            PartKind::Path => "path",
            PartKind::Query => "query",
            PartKind::Fragment => "fragment",
        }
    }

    /// Fluent id of what this part tells you.
    pub fn reason_id(self) -> &'static str {
        match self {
            PartKind::Scheme => "address-part-scheme",
            PartKind::UserInfo => "address-part-user",
            PartKind::Subdomain => "address-part-subdomain",
            PartKind::Site => "address-part-site",
            PartKind::Port => "address-part-port",
            PartKind::Path => "address-part-path",
            PartKind::Query => "address-part-query",
            PartKind::Fragment => "address-part-fragment",
        }
    }
}

/// Why an address cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AddressError {
    #[error("{address:?} is not a web address: {message}")]
    Invalid { address: String, message: String },
    #[error("{0:?} has no site name (a number address or none at all)")]
    NoDomain(String),
}

/// The Public Suffix List excerpt: one rule per line, `//` starts a comment line.
const PUBLIC_SUFFIXES: &str = include_str!("../../assets/address/public-suffixes.dat");

/// The two-name endings the game knows (`co.uk`, `com.pl`, ...), from the Public Suffix List
/// excerpt, as the list writes them (Unicode, lower case).
pub fn shared_endings() -> impl Iterator<Item = &'static str> {
    PUBLIC_SUFFIXES.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with("//"))
}

/// Whether `ending` (two names, ASCII or punycode) is a shared ending, so the site is one
/// name longer (`shop.co.uk`, not `co.uk`).
fn is_shared_ending(ending: &str) -> bool {
    let (shown, _) = idna::domain_to_unicode(ending);
    shared_endings().any(|rule| rule == shown)
}

/// Splits `address` into parts and finds its site.
pub fn read(address: &str) -> Result<Address, AddressError> {
    let url = Url::parse(address.trim())
        .map_err(|e| AddressError::Invalid { address: address.to_owned(), message: e.to_string() })?;
    let host = match url.host() {
        Some(Host::Domain(host)) => host.trim_end_matches('.').to_owned(),
        _ => return Err(AddressError::NoDomain(address.to_owned())),
    };
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    // Read from the end: the ending (public suffix) is one name, or two for a shared ending;
    // the site is the ending plus the name before it. A bare ending is no site at all.
    let ending_labels =
        if labels.len() >= 2 && is_shared_ending(&labels[labels.len() - 2..].join(".")) { 2 } else { 1 };
    if labels.len() <= ending_labels {
        return Err(AddressError::NoDomain(address.to_owned()));
    }
    let split = labels.len() - ending_labels - 1;
    let site = labels[split..].join(".");
    let (site_shown, _) = idna::domain_to_unicode(&site);

    let mut parts = vec![Part { kind: PartKind::Scheme, text: format!("{}://", url.scheme()) }];
    if !url.username().is_empty() || url.password().is_some() {
        let mut user = url.username().to_owned();
        if let Some(password) = url.password() {
            user.push(':');
            user.push_str(password);
        }
        user.push('@');
        parts.push(Part { kind: PartKind::UserInfo, text: decode(&user) });
    }
    for label in &labels[..split] {
        let (shown, _) = idna::domain_to_unicode(label);
        parts.push(Part { kind: PartKind::Subdomain, text: format!("{shown}.") });
    }
    parts.push(Part { kind: PartKind::Site, text: site_shown.clone() });
    if let Some(port) = url.port() {
        parts.push(Part { kind: PartKind::Port, text: format!(":{port}") });
    }
    if url.path() != "/" && !url.path().is_empty() {
        parts.push(Part { kind: PartKind::Path, text: decode(url.path()) });
    }
    if let Some(query) = url.query() {
        parts.push(Part { kind: PartKind::Query, text: format!("?{}", decode(query)) });
    }
    if let Some(fragment) = url.fragment() {
        parts.push(Part { kind: PartKind::Fragment, text: format!("#{}", decode(fragment)) });
    }
    Ok(Address { parts, site, site_shown })
}

/// Percent-decoded for reading (`%20` shows as a space), when the result is text.
fn decode(text: &str) -> String {
    percent_decode(text).unwrap_or_else(|| text.to_owned())
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Address {
    /// Whether the site uses letters from another alphabet that look like Latin ones (its
    /// real, punycode name starts with `xn--`).
    pub fn is_lookalike(&self) -> bool {
        self.site.split('.').any(|label| label.starts_with("xn--"))
    }

    /// Whether this address goes to `site` (compared in the browser's own letters).
    pub fn goes_to(&self, site: &str) -> bool {
        let wanted = match read(&format!("https://{site}/")) {
            Ok(address) => address.site,
            Err(_) => return false,
        };
        self.site == wanted
    }

    /// The part that names the site.
    pub fn site_part(&self) -> Option<usize> {
        self.parts.iter().position(|p| p.kind == PartKind::Site)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(address: &Address) -> Vec<(&'static str, &str)> {
        address.parts.iter().map(|p| (p.kind.name(), p.text.as_str())).collect()
    }

    #[test]
    fn a_plain_address_splits_into_scheme_site_and_path() {
        let a = read("https://www.moonbank.eu/help?topic=cards#top").unwrap();
        assert_eq!(
            texts(&a),
            [
                ("scheme", "https://"),
                ("subdomain", "www."),
                ("site", "moonbank.eu"),
                ("path", "/help"),
                ("query", "?topic=cards"),
                ("fragment", "#top")
            ]
        );
        assert_eq!(a.site, "moonbank.eu");
        assert!(a.goes_to("moonbank.eu"));
        assert!(!a.is_lookalike());
    }

    #[test]
    fn the_brand_in_front_is_only_a_subdomain() {
        let a = read("https://moonbank.eu.account-check.net/login").unwrap();
        assert_eq!(a.site, "account-check.net");
        assert_eq!(texts(&a)[1..3], [("subdomain", "moonbank."), ("subdomain", "eu.")]);
        assert!(!a.goes_to("moonbank.eu"));
    }

    #[test]
    fn the_brand_in_the_path_does_not_count() {
        let a = read("http://free-prizes.win/moonbank.eu/login").unwrap();
        assert_eq!(a.site, "free-prizes.win");
        assert_eq!(a.parts.last().map(|p| p.kind), Some(PartKind::Path));
    }

    #[test]
    fn everything_before_an_at_sign_is_ignored() {
        let a = read("https://moonbank.eu@pay-quick.io/").unwrap();
        assert_eq!(a.site, "pay-quick.io");
        assert_eq!(texts(&a)[1], ("user", "moonbank.eu@"));
        assert!(!a.goes_to("moonbank.eu"));
    }

    #[test]
    fn look_alike_letters_are_found_by_their_punycode() {
        // The two "o"s are Cyrillic "о" (U+043E).
        let a = read("https://m\u{43e}\u{43e}nbank.eu/").unwrap();
        assert!(a.site.starts_with("xn--"), "{}", a.site);
        assert_eq!(a.site_shown, "m\u{43e}\u{43e}nbank.eu");
        assert!(a.is_lookalike());
        assert!(!a.goes_to("moonbank.eu"));
        // A Greek omicron and a Latin o differ too.
        assert!(read("https://m\u{3bf}onbank.eu/").unwrap().is_lookalike());
    }

    #[test]
    fn capitals_and_a_final_dot_do_not_change_the_site() {
        let a = read("HTTPS://Shop.MoonBank.EU./").unwrap();
        assert_eq!(a.site, "moonbank.eu");
        assert!(a.goes_to("MoonBank.eu"));
    }

    #[test]
    fn shared_endings_keep_one_more_name() {
        assert_eq!(read("https://www.pixelpost.co.uk/").unwrap().site, "pixelpost.co.uk");
        assert_eq!(read("https://pixelpost.co.uk.verify-now.com/").unwrap().site, "verify-now.com");
        assert_eq!(read("https://news.pixelpost.com.ua/").unwrap().site, "pixelpost.com.ua");
        assert_eq!(read("https://shop.pixelpost.com.pl/").unwrap().site, "pixelpost.com.pl");
        assert_eq!(read("https://amt.gv.at/").unwrap().site, "amt.gv.at");
    }

    #[test]
    fn the_site_is_read_from_the_end_not_the_start() {
        // The level's own link: the first single / comes after free-gifts.example, and the
        // brand's name after it is only a path.
        let a = read("http://free-gifts.example/moonbank.example/login").unwrap();
        assert_eq!(a.site, "free-gifts.example");
        // "www." in front says nothing: anyone can put it before their own site.
        assert_eq!(read("https://www.moonbank.example.account-check.example/").unwrap().site, "account-check.example");
        // Without "www." a real site is still the real site.
        assert!(read("https://help.moonbank.example/").unwrap().goes_to("moonbank.example"));
    }

    #[test]
    fn endings_in_other_alphabets_match_the_list_as_written() {
        // The list writes `hábmer.no`; the browser sends `xn--hbmer-xqa.no`.
        assert!(shared_endings().any(|e| e == "hábmer.no"));
        assert_eq!(read("https://www.fjell.xn--hbmer-xqa.no/").unwrap().site, "fjell.xn--hbmer-xqa.no");
        assert_eq!(read("https://www.fjell.hábmer.no/").unwrap().site_shown, "fjell.hábmer.no");
    }

    #[test]
    fn an_ending_alone_is_no_site() {
        assert!(matches!(read("https://co.uk/"), Err(AddressError::NoDomain(_))));
        assert!(matches!(read("https://example/"), Err(AddressError::NoDomain(_))));
    }

    #[test]
    fn ports_and_encoded_paths_read_as_text() {
        let a = read("https://moonbank.eu:8443/my%20cards").unwrap();
        assert_eq!(texts(&a)[2..], [("port", ":8443"), ("path", "/my cards")]);
        let odd = read("https://moonbank.eu/%E0%A4%A").unwrap();
        assert_eq!(odd.parts.last().map(|p| p.text.as_str()), Some("/%E0%A4%A"), "undecodable stays as written");
    }

    #[test]
    fn bad_addresses_are_errors_not_panics() {
        assert!(matches!(read("not an address"), Err(AddressError::Invalid { .. })));
        assert!(matches!(read("https://192.168.0.1/"), Err(AddressError::NoDomain(_))));
        assert!(matches!(read("https://localhost/"), Err(AddressError::NoDomain(_))));
        assert!(matches!(read("mailto:someone"), Err(AddressError::NoDomain(_))));
        assert!(read("").is_err());
    }
}
