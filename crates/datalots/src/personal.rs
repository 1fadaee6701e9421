//! The steward's word on a column flagged as personal data: «inte personuppgifter»
//! (not personal data), with the reason recorded — instead of answering the licence
//! question against the file.
//!
//! csv-profile flags a column by its values ([`csv_profile::PersonalData`]); a
//! column of bathing places is no longer flagged, but a detector can be wrong, and the
//! steward knows the data. The decision ([`Dismissal`]: the column, what it was
//! flagged as, why) is kept with the dataset's draft ([`crate::form::DatasetFields`]
//! in the widget, so a reload keeps it) and goes into [`crate::Overrides`], so that
//! describe's notices say it instead of asking again.
//!
//! **Rules:**
//! - only names, e-mail addresses and phone numbers can be dismissed ([`dismissible`]);
//!   a column of personnummer or samordningsnummer still stops publication, whatever
//!   is said about it (the values prove what they are: Luhn, a real date);
//! - a reason is required, in words ([`MIN_REASON_CHARS`]);
//! - a dismissal counts only for the column and the kind it was made for
//!   ([`review`]): the same name flagged as something else, or a personnummer column,
//!   stays flagged;
//! - the values stay masked in the view: the decision changes what is published,
//!   not what a screenshot shows;
//! - the licence questionnaire's personal-data question follows ([`follow_review`]):
//!   pre-answered «yes» while a flag stands, asked again when every flag is
//!   dismissed — never changed once the person answered it.
//!
//! ```
//! use datalots::personal::{check, review};
//! use datalots::view::ProfileView;
//!
//! let csv = "Fynd;Observatörer\nBlåmes;Johan Nilsson\nTalgoxe;Anna Berg\nKoltrast;Erik Lindqvist\nGärdsmyg;Maria Svensson\n";
//! let view = ProfileView::new(&datalots::csv_profile::profile_bytes(csv.as_bytes())?);
//! assert!(review(&view.personal, &[]).personal);
//! let d = check(&view.personal, "Observatörer", "Namnen är fåglarnas smeknamn, inte personer")
//!     .map_err(|e| e.en)?;
//! let r = review(&view.personal, &[d]);
//! assert!(!r.personal && r.warning.is_none());
//! assert!(r.columns[0].text.sv.contains("inte personuppgifter enligt dig"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use csv_profile::Profile;
use licence_advisor::Answers;
use serde::{Deserialize, Serialize};

use crate::text::Both;
use crate::view::{ColumnRef, PersonalColumn};

/// The steward's decision that a flagged column is not personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dismissal {
    /// The column's header, as in the file.
    pub column: String,
    /// What it was flagged as ([`PersonalColumn::kind`]: `name`, `email`, `phone`).
    pub kind: String,
    /// Why, in the steward's words («Namnen är badplatser, inte personer»).
    pub reason: String,
}

/// The fewest characters a reason may have: a few words, not a click.
pub const MIN_REASON_CHARS: usize = 10;

/// Whether a flag of this kind may be dismissed: names, e-mail addresses and phone
/// numbers (a bathing place, a switchboard, a functional address); never personnummer
/// or samordningsnummer.
pub fn dismissible(kind: &str) -> bool {
    matches!(kind, "name" | "email" | "phone")
}

/// A dismissal of the flag on `column`, checked: the column is flagged, its kind may
/// be dismissed and the reason says something. The error says what is wrong, in
/// Swedish and English.
pub fn check(personal: &[PersonalColumn], column: &str, reason: &str) -> Result<Dismissal, Both> {
    let Some(flagged) = personal.iter().find(|p| p.column.name == column) else {
        return Err(Both::new(
            format!("Kolumnen «{column}» är inte markerad som personuppgifter."),
            format!("Column «{column}» is not marked as personal data."),
        ));
    };
    if !dismissible(&flagged.kind) {
        return Err(Both::new(
            format!(
                "Kolumnen «{column}» innehåller {}: värdena visar att det är personuppgifter, och kolumnen måste tas bort innan filen publiceras.",
                flagged.kind_text.sv
            ),
            format!(
                "Column «{column}» holds {}: the values show it is personal data, and the column must be removed before the file is published.",
                flagged.kind_text.en
            ),
        ));
    }
    let reason = reason.trim();
    if reason.chars().count() < MIN_REASON_CHARS {
        return Err(Both::new(
            format!(
                "Skriv varför det inte är personuppgifter (minst {MIN_REASON_CHARS} tecken), t.ex. «Namnen är badplatser, inte personer»."
            ),
            format!(
                "Write why this is not personal data (at least {MIN_REASON_CHARS} characters), e.g. «The names are bathing places, not people»."
            ),
        ));
    }
    Ok(Dismissal {
        column: column.to_owned(),
        kind: flagged.kind.clone(),
        reason: reason.to_owned(),
    })
}

/// Adds or replaces the dismissal of its column in a list.
pub fn keep(list: &mut Vec<Dismissal>, d: Dismissal) {
    list.retain(|x| x.column != d.column);
    list.push(d);
}

/// One flagged column, as the steward left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reviewed {
    /// Which column.
    pub column: ColumnRef,
    /// What it was flagged as (`name`, `email`, `phone`, `personnummer`…).
    pub kind: String,
    /// The same in words.
    pub kind_text: Both,
    /// Whether the steward may say it is not personal data ([`dismissible`]).
    pub dismissible: bool,
    /// The reason, when the steward said it is not personal data.
    pub dismissed: Option<String>,
    /// The column and the decision in one line, for the checklist.
    pub text: Both,
}

/// The flagged columns with the steward's decisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Review {
    /// Every flagged column, in file order.
    pub columns: Vec<Reviewed>,
    /// Whether a flag still stands (the licence question's «yes»).
    pub personal: bool,
    /// The personal-data warning about the flags that still stand
    /// ([`crate::view::ProfileView::personal_warning`] for those alone).
    pub warning: Option<Both>,
}

/// The flagged columns of a profile view with the dismissals that apply to them (a
/// dismissal of another column or kind, or of a kind that cannot be dismissed,
/// counts for nothing).
pub fn review(personal: &[PersonalColumn], dismissals: &[Dismissal]) -> Review {
    let mut standing = Vec::new();
    let columns = personal
        .iter()
        .map(|p| {
            let dismissed = dismissals
                .iter()
                .find(|d| d.column == p.column.name && d.kind == p.kind && dismissible(&p.kind))
                .map(|d| d.reason.clone());
            if dismissed.is_none() {
                standing.push(p.clone());
            }
            Reviewed {
                text: line(p, dismissed.as_deref()),
                column: p.column.clone(),
                kind: p.kind.clone(),
                kind_text: p.kind_text.clone(),
                dismissible: dismissible(&p.kind),
                dismissed,
            }
        })
        .collect();
    Review {
        columns,
        personal: !standing.is_empty(),
        warning: crate::view::warning_for(&standing),
    }
}

fn line(p: &PersonalColumn, dismissed: Option<&str>) -> Both {
    let c = &p.column;
    let share = (p.share * 100.0).round();
    let head = |kind: &str| format!("{} «{}» ({kind}, {share} %)", c.letter, c.name);
    let (sv, en) = (head(&p.kind_text.sv), head(&p.kind_text.en));
    match (dismissed, p.blocks_publishing) {
        (Some(reason), _) => Both::new(
            format!("{sv}: inte personuppgifter enligt dig: «{reason}»"),
            format!("{en}: not personal data, you said: «{reason}»"),
        ),
        (None, true) => Both::new(
            format!("{sv}: får inte publiceras; ta bort kolumnen"),
            format!("{en}: must not be published; remove the column"),
        ),
        (None, false) => Both::new(
            format!(
                "{sv}: personuppgifter; ta bort kolumnen, eller ange varför det inte är personuppgifter"
            ),
            format!("{en}: personal data; remove the column, or say why it is not personal data"),
        ),
    }
}

/// What describe says about the columns that look like e-mail addresses, phone
/// numbers or names: to check them, or, for those the steward dismissed, the decision
/// and its reason. (Personnummer and samordningsnummer are refused, not noticed.)
pub fn notices(profile: &Profile, dismissals: &[Dismissal]) -> Vec<Both> {
    let personal = crate::view::personal(profile);
    let reviewed = review(&personal, dismissals);
    personal
        .iter()
        .zip(&reviewed.columns)
        .filter(|(p, _)| !p.blocks_publishing)
        .map(|(p, r)| {
            let share = (p.share * 100.0).round();
            let name = &p.column.name;
            match &r.dismissed {
                Some(reason) => Both::new(
                    format!(
                        "Kolumnen «{name}» markerades som {} ({share} %); du har angett att det inte är personuppgifter: «{reason}».",
                        p.kind_text.sv
                    ),
                    format!(
                        "Column «{name}» was marked as {} ({share} %); you said it is not personal data: «{reason}».",
                        p.kind_text.en
                    ),
                ),
                None => Both::new(
                    format!(
                        "Kolumnen «{name}» ser ut att innehålla {} ({share} %). Kontrollera att det är funktionsadresser och inte personuppgifter innan filen publiceras.",
                        p.kind_text.sv
                    ),
                    format!(
                        "Column «{name}» seems to hold {} ({share} %). Check that these are functional addresses and not personal data before publishing.",
                        p.kind_text.en
                    ),
                ),
            }
        })
        .collect()
}

/// The licence questionnaire's personal-data answer when the flags change (the file
/// is read, a flag is dismissed or taken back): `prefilled` says whether the answer
/// there now is Datalots' (from the file), not the person's. While a flag stands an
/// empty answer becomes «yes» (pre-answered); when no flag stands, a pre-answered
/// «yes» is taken away, so the question is asked. The person's own answer is never
/// changed. Returns whether the answer is now pre-answered.
pub fn follow_review(answers: &mut Answers, personal: bool, prefilled: bool) -> bool {
    let datalots_yes = prefilled && answers.personal_data == Some(true);
    match (personal, answers.personal_data) {
        (true, None) => {
            answers.personal_data = Some(true);
            true
        }
        (true, _) => datalots_yes,
        (false, _) => {
            if datalots_yes {
                answers.personal_data = None;
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::ProfileView;

    fn view(csv: &str) -> ProfileView {
        ProfileView::new(&csv_profile::profile_bytes(csv.as_bytes()).unwrap())
    }

    const OBSERVERS: &str = "Artnamn;Antal;Observatörer;Lokalnamn\nBlåmes;3;Johan Nilsson;Sjöviken\nTalgoxe;2;Anna Berg;Norrskogen\nKoltrast;1;Erik Lindqvist;Sjöviken\nGärdsmyg;4;Maria Svensson, Per Holm;Ängen\nSothöna;2;Karin Olsson;Sjöviken\n";
    const MIXED: &str = "namn;personnummer;epost\nAnna Berg;19811218-9876;a@exempel.se\nBo Ek;19900101-0017;b@exempel.se\nCarl Holm;19850505-1234;c@exempel.se\n";

    #[test]
    fn only_names_e_mail_and_phone_can_be_dismissed_and_only_with_a_reason() {
        let v = view(MIXED);
        let kinds: Vec<&str> = v.personal.iter().map(|p| p.kind.as_str()).collect();
        assert!(
            kinds.contains(&"personnummer") && kinds.contains(&"email"),
            "{kinds:?}"
        );
        let e = check(
            &v.personal,
            "personnummer",
            "Det är bara testnummer från Skatteverket",
        )
        .unwrap_err();
        assert!(e.sv.contains("måste tas bort"), "{}", e.sv);
        let e = check(&v.personal, "epost", "ok").unwrap_err();
        assert!(e.en.contains("at least 10 characters"), "{}", e.en);
        let e = check(&v.personal, "saknas", "Namnen är badplatser").unwrap_err();
        assert!(e.en.contains("not marked"), "{}", e.en);
        let d = check(
            &v.personal,
            "epost",
            "  Funktionsadresser till skolornas expeditioner ",
        )
        .unwrap();
        assert_eq!(
            d,
            Dismissal {
                column: "epost".into(),
                kind: "email".into(),
                reason: "Funktionsadresser till skolornas expeditioner".into()
            }
        );
        // The personnummer still stand, whatever a (tampered) list says.
        let forged = Dismissal {
            column: "personnummer".into(),
            kind: "personnummer".into(),
            reason: "Inte personnummer alls, tro mig".into(),
        };
        let r = review(&v.personal, &[d, forged]);
        assert!(r.personal);
        let pnr = r.columns.iter().find(|c| c.kind == "personnummer").unwrap();
        assert_eq!((pnr.dismissible, &pnr.dismissed), (false, &None));
        assert!(
            pnr.text
                .sv
                .ends_with("får inte publiceras; ta bort kolumnen"),
            "{}",
            pnr.text.sv
        );
        let warning = r.warning.unwrap();
        assert!(
            warning.sv.contains("«personnummer»") && !warning.sv.contains("«epost»"),
            "{}",
            warning.sv
        );
    }

    #[test]
    fn observers_are_flagged_and_a_dismissal_with_its_reason_lifts_the_flag() {
        let v = view(OBSERVERS);
        let names: Vec<&str> = v.personal.iter().map(|p| p.column.name.as_str()).collect();
        assert_eq!(names, ["Observatörer"], "species and places are not people");
        let before = review(&v.personal, &[]);
        assert!(before.personal && before.warning.is_some());
        assert!(
            before.columns[0]
                .text
                .sv
                .contains("ange varför det inte är personuppgifter")
        );
        let mut list = Vec::new();
        keep(
            &mut list,
            check(&v.personal, "Observatörer", "Första försöket").unwrap(),
        );
        keep(
            &mut list,
            check(
                &v.personal,
                "Observatörer",
                "Namnen är fältstationer, inte personer",
            )
            .unwrap(),
        );
        assert_eq!(list.len(), 1, "one decision per column: the last");
        let after = review(&v.personal, &list);
        assert!(!after.personal && after.warning.is_none());
        assert_eq!(
            after.columns[0].text.en,
            "C «Observatörer» (names of people, 100 %): not personal data, you said: «Namnen är fältstationer, inte personer»"
        );
        // A dismissal of another kind does not count.
        let other = Dismissal {
            kind: "email".into(),
            ..list[0].clone()
        };
        assert!(review(&v.personal, &[other]).personal);
        // The draft's JSON round trip keeps it.
        let json = serde_json::to_string(&list).unwrap();
        assert_eq!(serde_json::from_str::<Vec<Dismissal>>(&json).unwrap(), list);
    }

    #[test]
    fn describe_says_the_decision_instead_of_asking_to_check() {
        let p = csv_profile::profile_bytes(OBSERVERS.as_bytes()).unwrap();
        let asked = notices(&p, &[]);
        assert_eq!(asked.len(), 1);
        assert!(
            asked[0]
                .sv
                .contains("ser ut att innehålla namn på personer"),
            "{}",
            asked[0].sv
        );
        let d = Dismissal {
            column: "Observatörer".into(),
            kind: "name".into(),
            reason: "Namnen är fältstationer, inte personer".into(),
        };
        let said = notices(&p, &[d]);
        assert_eq!(
            said[0].sv,
            "Kolumnen «Observatörer» markerades som namn på personer (100 %); du har angett att det inte är personuppgifter: «Namnen är fältstationer, inte personer»."
        );
        // Personnummer are refused elsewhere, never noticed here.
        let mixed = csv_profile::profile_bytes(MIXED.as_bytes()).unwrap();
        assert!(
            notices(&mixed, &[])
                .iter()
                .all(|n| !n.sv.contains("personnummer"))
        );
    }

    #[test]
    fn the_licence_answer_follows_the_flags_but_never_the_persons_own() {
        let mut a = Answers::default();
        // A flag stands: pre-answered yes.
        assert!(follow_review(&mut a, true, false));
        assert_eq!(a.personal_data, Some(true));
        // Every flag dismissed: the pre-answer goes, the question is asked.
        assert!(!follow_review(&mut a, false, true));
        assert_eq!(a.personal_data, None);
        // The person answered yes (they know of other personal data): kept.
        a.personal_data = Some(true);
        assert!(!follow_review(&mut a, false, false));
        assert_eq!(a.personal_data, Some(true));
        // The person answered no, and a flag stands: kept (the refusal for
        // personnummer is describe's, not the questionnaire's).
        a.personal_data = Some(false);
        assert!(!follow_review(&mut a, true, false));
        assert_eq!(a.personal_data, Some(false));
    }
}
