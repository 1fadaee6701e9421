//! Themes suggested from titles, column names and keywords, as a kommun writes them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use dcat_ap_se::themes::{suggest, themes_of_word};

fn first(title: &str, columns: &[&str], keywords: &[&str]) -> &'static str {
    suggest(title, columns, keywords)
        .first()
        .map_or("-", |s| s.code)
}

#[test]
fn the_examples_of_the_issue() {
    for (word, theme) in [
        ("befolkning", "SOCI"),
        ("invånare", "SOCI"),
        ("leverantör", "ECON"),
        ("budget", "ECON"),
        ("kostnad", "ECON"),
        ("skola", "EDUC"),
        ("förskola", "EDUC"),
        ("elev", "EDUC"),
        ("luft", "ENVI"),
        ("utsläpp", "ENVI"),
        ("temperatur", "ENVI"),
        ("trafik", "TRAN"),
        ("parkering", "TRAN"),
        ("cykel", "TRAN"),
    ] {
        assert!(
            themes_of_word(word).contains(&theme),
            "{word}: {:?}",
            themes_of_word(word)
        );
    }
}

#[test]
fn inflected_forms_and_compounds() {
    for (word, theme) in [
        ("badplatser", "EDUC"),
        ("badplatser", "ENVI"),
        ("cykelparkeringar", "TRAN"),
        ("skolor", "EDUC"),
        ("skolskjutsar", "TRAN"),
        ("förskolorna", "EDUC"),
        ("elevernas", "EDUC"),
        ("leverantörsfakturor", "ECON"),
        ("invånarantal", "SOCI"),
        ("luftkvaliteten", "ENVI"),
        ("gatunamn", "REGI"),
        ("gator", "REGI"),
        ("laddstationer", "ENER"),
        ("brottsstatistik", "JUST"),
        ("bibliotekens", "EDUC"),
        ("äldreboenden", "HEAL"),
        ("bredbandsutbyggnad", "TECH"),
        ("valresultatet", "GOVE"),
        ("vänorter", "INTR"),
        ("fiskevatten", "AGRI"),
        ("energiförbrukningen", "ENER"),
        ("detaljplaner", "REGI"),
    ] {
        assert!(
            themes_of_word(word).contains(&theme),
            "{word}: {:?}",
            themes_of_word(word)
        );
    }
}

#[test]
fn no_false_friends() {
    // park= must not match parkering, el= not elev, klass= not klassificering.
    assert!(!themes_of_word("parkering").contains(&"ENVI"));
    assert!(!themes_of_word("elever").contains(&"ENER"));
    assert!(!themes_of_word("klassificering").contains(&"EDUC"));
    assert!(!themes_of_word("resultat").contains(&"TRAN"));
    assert!(!themes_of_word("televerket").contains(&"EDUC"));
    assert!(!themes_of_word("värmland").contains(&"ENER"));
    for w in [
        "id",
        "namn",
        "antal",
        "datum",
        "år",
        "x",
        "y",
        "kommentar",
        "",
    ] {
        assert!(themes_of_word(w).is_empty(), "{w}: {:?}", themes_of_word(w));
    }
}

#[test]
fn suggestions_weigh_title_keywords_and_columns() {
    assert_eq!(
        first("Badplatser", &["Namn", "Latitud", "Longitud"], &[]),
        "EDUC"
    );
    assert_eq!(first("Cykelparkeringar", &["Antal platser"], &[]), "TRAN");
    assert_eq!(
        first(
            "Befolkning per stadsdel",
            &["År", "Stadsdel", "Antal invånare"],
            &[]
        ),
        "SOCI"
    );
    assert_eq!(
        first(
            "Leverantörsfakturor 2023",
            &["Leverantör", "Belopp", "Konto"],
            &[]
        ),
        "ECON"
    );
    assert_eq!(
        first("Luftkvalitet", &["Mätstation", "PM10", "NO2"], &[]),
        "ENVI"
    );
    assert_eq!(
        first(
            "Elever per skola",
            &["Skolenhet", "Årskurs", "AntalElever"],
            &[]
        ),
        "EDUC"
    );
    assert_eq!(
        first("Protokoll kommunfullmäktige", &[], &["beslut"]),
        "GOVE"
    );
    assert_eq!(first("Mätdata", &["Temperatur", "Nederbörd"], &[]), "ENVI");
    // Nothing known: nothing suggested.
    assert!(suggest("Lista", &["id", "värde"], &[]).is_empty());
    // The words are reported, and the title outweighs a column.
    let s = suggest("Trafikmätningar", &["Befolkning"], &[]);
    assert_eq!(s[0].code, "TRAN");
    assert_eq!(s[0].score, 3);
    assert_eq!(s[0].because, ["trafikmätningar"]);
    assert_eq!(s[1].code, "SOCI");
    assert_eq!(s[1].score, 1);
    // A keyword counts twice.
    let s = suggest("Data", &["Budget"], &["skola"]);
    assert_eq!((s[0].code, s[0].score), ("EDUC", 2));
    assert_eq!((s[1].code, s[1].score), ("ECON", 1));
    assert!(
        s[0].uri
            .starts_with("http://publications.europa.eu/resource/authority/data-theme/")
    );
    assert_eq!(s[0].label.sv, "Utbildning, kultur och sport");
}
