//! The address levels teach what is true: every address is read as the full Public Suffix
//! List reads it (the `psl` crate, a dev-dependency, never in the game), the game's own
//! excerpt of that list holds only real rules, every level has a real and a fake link, and
//! no hint teaches a shortcut that fails ("it starts with www", "read from the start").

use byte_bridge::core::address::{self, Address};
use byte_bridge::core::level::read_address::ReadAddress;
use byte_bridge::core::level::{Catalog, Level, LevelKind};

mod common;
use common::{catalog, game_localizer as localizer, language_words};

/// The address levels, with their own data.
fn address_levels(catalog: &Catalog) -> Vec<(&Level, &ReadAddress)> {
    catalog
        .levels()
        .filter_map(|level| match &level.kind {
            LevelKind::ReadAddress(links) => Some((level, links)),
            _ => None,
        })
        .collect()
}

/// The registrable domain of `address`'s host by the full Public Suffix List.
fn psl_site(address: &str) -> Option<String> {
    let url = url::Url::parse(address).ok()?;
    let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
    psl::domain_str(&host).map(str::to_owned)
}

#[test]
fn every_level_address_is_read_as_the_public_suffix_list_reads_it() {
    let catalog = catalog();
    let levels = address_levels(&catalog);
    assert!(levels.len() >= 4, "the address levels are shipped");
    let mut read = 0;
    for (level, links) in levels {
        let own = format!("https://{}/", links.site);
        assert_eq!(psl_site(&own).as_deref(), Some(links.site.as_str()), "{}: the brand's site is a site", level.id);
        for link in &links.links {
            let ours: Address = address::read(&link.address).unwrap_or_else(|e| panic!("{}: {e}", level.id));
            let theirs = psl_site(&link.address);
            assert_eq!(Some(ours.site.clone()), theirs, "{}: {} is read unlike the PSL", level.id, link.address);
            assert_eq!(ours.goes_to(&links.site), theirs.as_deref() == Some(links.site.as_str()), "{}", level.id);
            read += 1;
        }
    }
    assert!(read >= 16, "{read} addresses read");
}

#[test]
fn every_ending_the_game_knows_is_a_public_suffix_list_rule() {
    let endings: Vec<&str> = address::shared_endings().collect();
    assert!(endings.len() > 1000, "the excerpt is loaded: {} rules", endings.len());
    for ending in &endings {
        assert_eq!(ending.split('.').count(), 2, "{ending}: the excerpt keeps two-name rules");
        let ascii = idna::domain_to_ascii(ending).unwrap_or_else(|e| panic!("{ending}: {e}"));
        // A name no rule of the list uses, so deeper rules (`site.webhosting.be`) stay out.
        let host = format!("bytebridge-probe.{ascii}");
        assert_eq!(psl::suffix_str(&host), Some(ascii.as_str()), "{ending} is not a PSL rule (any more?)");
        // And the game reads a site under it as the list does.
        let site = address::read(&format!("https://www.{host}/")).expect("a site under a rule").site;
        assert_eq!(psl::domain_str(&format!("www.{host}")), Some(site.as_str()), "{ending}");
    }
    for common in ["co.uk", "com.pl", "gv.at", "com.ua", "co.it", "com.tr", "com.mt"] {
        assert!(endings.contains(&common), "{common} is known");
    }
}

#[test]
fn endings_outside_the_excerpt_are_read_by_the_lists_default_rule() {
    // One-name endings with no rules below them read the same with or without the full list.
    for address in ["https://a.b.moonbank.example/", "https://login.moonbank.eu/x", "https://shop.example.com/"] {
        assert_eq!(Some(address::read(address).unwrap().site), psl_site(address), "{address}");
    }
}

#[test]
fn every_address_level_has_a_real_and_a_fake_link() {
    for (level, links) in address_levels(&catalog()) {
        let parsed = links.parsed();
        assert_eq!(parsed.len(), links.links.len(), "{}: every link parses", level.id);
        let real = parsed.iter().filter(|a| a.goes_to(&links.site)).count();
        assert!(real >= 1, "{}: no link goes to {}", level.id, links.site);
        assert!(real < parsed.len(), "{}: no link only pretends", level.id);
    }
}

#[test]
fn no_address_hint_teaches_a_shortcut_that_fails() {
    let l = localizer();
    let catalog = catalog();
    for (level, links) in address_levels(&catalog) {
        for tag in l.tags() {
            // Words that teach a false shortcut: that a site can be known by how the address
            // starts, or that it is read from the front (any language's, in lower case).
            let shortcuts: Vec<String> = l.tags().iter().flat_map(|t| language_words(t).address_shortcuts).collect();
            let hints: Vec<String> =
                level.hints.iter().map(|id| l.text_in(tag, id).unwrap_or_else(|| panic!("{tag} lacks {id}"))).collect();
            for (hint, id) in hints.iter().zip(&level.hints) {
                let lower = hint.to_lowercase();
                for shortcut in &shortcuts {
                    assert!(!lower.contains(shortcut.as_str()), "{tag} {id}: {hint:?} says {shortcut:?}");
                }
            }
            assert!(hints[0] != hints[1] && hints[1] != hints[2] && hints[0] != hints[2], "{}: three hints", level.id);
            // Part of the answer, never the whole: the last hint does not name every fake site.
            let fakes: Vec<String> =
                links.parsed().into_iter().filter(|a| !a.goes_to(&links.site)).map(|a| a.site_shown).collect();
            let named = fakes.iter().filter(|site| hints[2].contains(site.as_str())).count();
            assert!(named < fakes.len(), "{tag} {}: hint 3 names every fake site", level.id);
        }
    }
}

#[test]
fn the_game_tip_and_the_texts_say_to_read_from_the_end() {
    let l = localizer();
    // (language, words of the game's tip, words of what the first address level teaches)
    for tag in l.tags() {
        let [tip_words, learned_words] = language_words(tag).address_end;
        let tip = l.text_in(tag, "address-start").expect("the tip").to_lowercase();
        let learned = l.text_in(tag, "level-addr-moonbank-learned").expect("what the level teaches").to_lowercase();
        assert!(tip.contains(tip_words.as_str()), "{tag}: {tip:?}");
        assert!(learned.contains(learned_words.as_str()), "{tag}: {learned:?}");
    }
}
