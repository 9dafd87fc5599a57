//! Child helplines by country, and which one to show on a tablet (issue #15, "Safe together").
//!
//! A helpline number is a safety fact: a wrong one is worse than none. So the table holds
//! only numbers confirmed from a public source, each entry with the address it was confirmed
//! at, and the lookup answers "none" whenever it is not sure where the tablet is. With none,
//! the game tells the pupil to ask a trusted adult to find their country's helpline.
//!
//! 116 111 is the number the European Commission reserved for child helplines in 2007, but
//! it is not active in every country (Austria, Belgium, Ireland, the UK and
//! Switzerland are reached on other numbers), so it appears only where a source confirms it
//! works. Beside it, the table holds the national helpline of each country's Safer Internet
//! Centre (the Insafe network) where that is a different service children can call.
//!
//! Some countries run a child helpline per language community (Belgium: Écoute-Enfants 103
//! for French speakers). Such an entry names its `language` and is shown only on a device
//! whose most preferred language is that one, before the country-wide entry; every other
//! device of that country gets the country-wide entry.
//!
//! Which country: the device's most preferred language tag, if it names a region
//! (`de-AT` → AT). A tag without a region (`de`, `uk`, `en`) names no country: German is
//! spoken in four of the countries below, English in three, and many Ukrainian-speaking
//! children now live outside Ukraine, where the Ukrainian number would be the wrong one.
//! Later tags are not consulted either: `["de", "en-GB"]` is more likely a German speaker in
//! Germany who also reads English than a tablet in the UK.

/// One helpline a child can call, as confirmed at its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Helpline {
    /// ISO 3166-1 alpha-2 code of the country it serves, upper case (`DE`).
    pub country: &'static str,
    /// The number as the service writes it (`116 111`); dialled within the country.
    pub number: &'static str,
    /// The service's own name, in its own language (shown as it is in every language).
    pub service: &'static str,
    /// For a service of one language community: that language (ISO 639-1, lower case, `fr`),
    /// matched against the device's most preferred language. `None` for a country-wide service.
    pub language: Option<&'static str>,
    /// Public pages that confirm the number and that the service is for children; the first
    /// is the service's own page, an official page or Better Internet for Kids where there is
    /// one (news reports only beside them).
    pub sources: &'static [&'static str],
}

/// Every confirmed helpline, grouped by country; within a country the one to show first (the
/// general child helpline) comes first. Keep in step with `docs/literacy-levels.md`.
pub const HELPLINES: &[Helpline] = &[
    Helpline {
        country: "AT",
        number: "147",
        service: "Rat auf Draht",
        language: None,
        sources: &[
            "https://www.betterinternetforkids.eu/sl/sic/austria",
            "https://www.rataufdraht.at/pressemitteilungen/25-jahre-notrufnummer-147",
        ],
    },
    Helpline {
        country: "BE",
        number: "116 000",
        service: "Child Focus",
        language: None,
        sources: &["https://www.betterinternetforkids.eu/sl/sic/belgium"],
    },
    Helpline {
        country: "BE",
        number: "103",
        service: "Écoute-Enfants",
        // The French Community's helpline; Dutch speakers have Awel (102), which no official
        // page we could read confirms, so they keep the country-wide entry above.
        language: Some("fr"),
        sources: &[
            "http://www.dgde.cfwb.be/index.php?id=3248",
            "https://deapotheker.pmg.be/fr/fichier/EAKbe2605S43_00",
        ],
    },
    Helpline {
        country: "CH",
        number: "147",
        service: "Pro Juventute 147",
        language: None,
        sources: &["https://www.projuventute.ch/de/eltern/familie-gesellschaft/147"],
    },
    Helpline {
        country: "DE",
        number: "116 111",
        service: "Nummer gegen Kummer",
        language: None,
        sources: &[
            "https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556",
            "https://better-internet-for-kids.europa.eu/en/sic/germany",
        ],
    },
    Helpline {
        country: "GB",
        number: "0800 1111",
        service: "Childline",
        language: None,
        sources: &[
            "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/support-something-happened-online/",
        ],
    },
    Helpline {
        country: "IE",
        number: "1800 66 66 66",
        service: "Childline (ISPCC)",
        language: None,
        sources: &[
            "https://www.independent.ie/regionals/corkman/news/sharp-increase-in-contacts-to-childline-over-christmas-41197253.html",
            "https://webwise.ie/news/the-safer-internet-ireland-awareness-centre-2",
        ],
    },
    Helpline {
        country: "LU",
        number: "116 111",
        service: "Kanner-Jugendtelefon",
        language: None,
        sources: &[
            "https://www.kjt.lu/de/wer-wir-sind/",
            "https://bee-secure.lu/de/risiken/material-von-sexuellem-missbrauch-von-kindern",
            "https://childhelplineinternational.org/20-years-20-voices-kjt-luxembourg/",
        ],
    },
    Helpline {
        country: "LU",
        number: "8002 1234",
        service: "BEE SECURE Helpline",
        language: None,
        sources: &[
            "https://bee-secure.lu/de/news/neuer-cybermobbing-ratgeber-fuer-jugendliche-und-deren-ansprechpartner",
            "https://bee-secure.lu/de/risiken/material-von-sexuellem-missbrauch-von-kindern",
        ],
    },
    Helpline {
        country: "MT",
        number: "179",
        service: "Supportline 179",
        language: None,
        sources: &["https://www.betterinternetforkids.eu/web/malta/profile"],
    },
    Helpline {
        country: "MT",
        number: "116 111",
        service: "Supportline 179",
        language: None,
        sources: &[
            "https://ec.europa.eu/digital-single-market/en/news/116-malta",
            "http://livenewsmalta.com/index.php/2024/01/29/strengthening-the-operation-of-the-179-helpline/",
        ],
    },
    Helpline {
        country: "UA",
        number: "116 111",
        service: "Національна дитяча гаряча лінія",
        language: None,
        sources: &[
            "http://www.pressreader.com/ukraine/den-ukrainian/20170601/281681139836247",
            "https://childhelplineinternational.org/three-years-of-war-listening-to-ukraines-children/",
        ],
    },
];

/// The country a BCP 47 language tag names, as an upper-case ISO 3166-1 alpha-2 code:
/// `de-AT` → `AT`, `zh-Hant-TW` → `TW`, `en_GB` → `GB`. `None` for a tag without a
/// two-letter region (`de`, `uk`, `es-419`) or one that is not a language tag at all.
pub fn country_of(tag: &str) -> Option<String> {
    let mut subtags = tag.split(['-', '_']);
    let language = subtags.next()?;
    if !(2..=3).contains(&language.len()) || !language.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    for subtag in subtags {
        match subtag.len() {
            // A script (Hant) or an extended language subtag: the region may follow.
            4 if subtag.chars().all(|c| c.is_ascii_alphabetic()) => continue,
            3 if subtag.chars().all(|c| c.is_ascii_alphabetic()) => continue,
            2 if subtag.chars().all(|c| c.is_ascii_alphabetic()) => return Some(subtag.to_ascii_uppercase()),
            // A numeric region (419, Latin America), a variant or an extension: no country.
            _ => return None,
        }
    }
    None
}

/// The confirmed helplines of a country (`"DE"`, any case), the one to show first first.
pub fn for_country(country: &str) -> Vec<&'static Helpline> {
    HELPLINES.iter().filter(|h| h.country.eq_ignore_ascii_case(country)).collect()
}

/// The language a BCP 47 tag starts with, lower case: `fr-BE` → `fr`. `None` for a tag that
/// does not start with a two- or three-letter language subtag.
fn language_of(tag: &str) -> Option<String> {
    let language = tag.split(['-', '_']).next()?;
    ((2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| language.to_ascii_lowercase())
}

/// The helpline to show on a device with these languages (most preferred first, as the
/// browser lists them), or `None` when the first tag names no country or that country has
/// no confirmed number. A service of the first tag's language community comes before the
/// country-wide one; one of another language community is never shown. See the module doc
/// for why only the first tag counts.
pub fn for_device(languages: &[String]) -> Option<&'static Helpline> {
    let tag = languages.first()?;
    let country = country_of(tag)?;
    let language = language_of(tag);
    let lines = for_country(&country);
    let own_language = lines.iter().find(|h| h.language.is_some() && h.language == language.as_deref());
    own_language.or_else(|| lines.iter().find(|h| h.language.is_none())).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_tag_with_a_region_names_its_country() {
        assert_eq!(country_of("de-AT").as_deref(), Some("AT"));
        assert_eq!(country_of("uk-UA").as_deref(), Some("UA"));
        assert_eq!(country_of("en_gb").as_deref(), Some("GB"));
        assert_eq!(country_of("zh-Hant-TW").as_deref(), Some("TW"));
        assert_eq!(country_of("de-DE-u-co-phonebk").as_deref(), Some("DE"));
    }

    #[test]
    fn a_tag_without_a_region_names_no_country() {
        for tag in ["de", "uk", "en", "es-419", "", "-", "x-private", "de-1996", "123-DE"] {
            assert_eq!(country_of(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn the_device_language_picks_the_helpline() {
        assert_eq!(for_device(&tags(&["de-AT", "de"])).map(|h| h.number), Some("147"));
        assert_eq!(for_device(&tags(&["de-DE"])).map(|h| h.number), Some("116 111"));
        assert_eq!(for_device(&tags(&["en-GB"])).map(|h| h.number), Some("0800 1111"));
        assert_eq!(for_device(&tags(&["en-IE"])).map(|h| h.number), Some("1800 66 66 66"));
        assert_eq!(for_device(&tags(&["uk-UA", "uk"])).map(|h| h.number), Some("116 111"));
        assert_eq!(for_device(&tags(&["fr-CH"])).map(|h| h.service), Some("Pro Juventute 147"));
        // The general child helpline comes before the internet helpline.
        assert_eq!(for_device(&tags(&["lb-LU"])).map(|h| h.service), Some("Kanner-Jugendtelefon"));
    }

    #[test]
    fn a_language_community_helpline_only_in_its_language() {
        assert_eq!(for_device(&tags(&["fr-BE"])).map(|h| h.number), Some("103"));
        assert_eq!(for_device(&tags(&["FR_be"])).map(|h| h.number), Some("103"));
        for tag in ["nl-BE", "de-BE", "en-BE", "uk-BE"] {
            assert_eq!(for_device(&tags(&[tag])).map(|h| h.number), Some("116 000"), "{tag}");
        }
        // French elsewhere, or French without a region, gets no Belgian number.
        assert_eq!(for_device(&tags(&["fr-FR"])), None);
        assert_eq!(for_device(&tags(&["fr", "fr-BE"])), None);
        assert_eq!(for_device(&tags(&["fr-CH"])).map(|h| h.number), Some("147"));
    }

    #[test]
    fn no_number_without_a_sure_country() {
        for list in [&["en"][..], &["uk"], &["de", "en-GB"], &["en-US"], &["pt-BR"], &[]] {
            assert_eq!(for_device(&tags(list)), None, "{list:?}");
        }
    }

    #[test]
    fn the_eu_child_number_only_where_it_is_confirmed() {
        for country in ["AT", "BE", "CH", "GB", "IE"] {
            assert!(for_country(country).iter().all(|h| h.number != "116 111"), "{country}");
        }
        for country in ["DE", "LU", "MT", "UA"] {
            assert!(for_country(country).iter().any(|h| h.number == "116 111"), "{country}");
        }
    }

    #[test]
    fn every_entry_is_complete_and_sourced() {
        for helpline in HELPLINES {
            assert!(helpline.country.len() == 2 && helpline.country.chars().all(|c| c.is_ascii_uppercase()));
            assert!(!helpline.service.trim().is_empty(), "{helpline:?}");
            if let Some(language) = helpline.language {
                assert!(language.len() == 2 && language.chars().all(|c| c.is_ascii_lowercase()), "{helpline:?}");
            }
            assert!(helpline.number.chars().all(|c| c.is_ascii_digit() || c == ' '), "{helpline:?}");
            assert!(!helpline.sources.is_empty(), "{helpline:?} has no source");
            for source in helpline.sources {
                assert!(source.starts_with("https://") || source.starts_with("http://"), "{source}");
            }
        }
    }
}
