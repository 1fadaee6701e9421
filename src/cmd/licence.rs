//! `datalots licence`: the licence questionnaire on a terminal, and the
//! recommendation as text a person reads.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

use datalots::licence_advisor::{AnswerKind, Answers, Finding, Outcome, Question, Recommendation, recommend};

/// Asks the questions one by one on `input`/`output` until the recommendation no
/// longer needs an answer, and returns the answers.
///
/// An answer the question does not accept is explained and the question asked again;
/// the end of the input before the last needed answer is an error.
pub fn ask<R: BufRead, W: Write>(input: &mut R, output: &mut W) -> io::Result<Answers> {
    let mut answers = Answers::default();
    loop {
        let advice = recommend(&answers);
        let Some(question) = advice
            .next_question
            .filter(|_| advice.outcome == Outcome::Incomplete)
        else {
            return Ok(answers);
        };
        write!(output, "{}", render_question(question))?;
        loop {
            write!(output, "> ")?;
            output.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!(
                        "frågan «{}» besvarades inte / the question «{}» was not answered",
                        question.key, question.key
                    ),
                ));
            }
            match answers.set(question.id, &line) {
                Ok(()) => break,
                Err(e) => writeln!(output, "{e}")?,
            }
        }
        writeln!(output)?;
    }
}

/// A question as shown on a terminal: both languages, the help text and the options.
pub fn render_question(q: &Question) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n{}", q.text.sv, q.text.en);
    let _ = writeln!(s, "  ({})\n  ({})", q.help.sv, q.help.en);
    match q.kind {
        AnswerKind::YesNo => {
            let _ = writeln!(s, "Svara ja eller nej / Answer yes or no.");
        }
        AnswerKind::ManyOf => {
            for (i, o) in q.options.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "  {}. {} / {}  [{}]",
                    i + 1,
                    o.label.sv,
                    o.label.en,
                    o.value
                );
            }
            let _ = writeln!(
                s,
                "Ange nummer eller id, flera med kommatecken / Give numbers or ids, several separated by commas."
            );
        }
    }
    s
}

fn findings(s: &mut String, heading: &str, list: &[Finding]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n{heading}");
    for f in list {
        let _ = writeln!(s, "  - {}\n    {}", f.sv, f.en);
        let _ = match f.source_url {
            Some(url) => writeln!(s, "    Källa / Source: {} <{url}>", f.source_text.sv),
            None => writeln!(s, "    Källa / Source: {}", f.source_text.sv),
        };
    }
}

/// The recommendation as text for a person.
pub fn render(r: &Recommendation) -> String {
    let mut s = String::new();
    match (r.outcome, &r.licence) {
        (Outcome::Licence, Some(l)) => {
            let _ = writeln!(
                s,
                "Rekommenderad licens / Recommended licence: {} / {}",
                l.name_sv, l.name_en
            );
            let _ = writeln!(s, "  dcterms:license  {}", l.uri);
            let _ = writeln!(s, "  EU               {}", l.eu_uri);
        }
        (Outcome::Stop, _) => {
            let _ = writeln!(
                s,
                "Publicera inte under en licens / Do not publish under a licence."
            );
        }
        _ => {
            let _ = writeln!(s, "Svar saknas / Answers missing.");
        }
    }
    if let Some(a) = r.access_rights {
        let label = a.label();
        let _ = writeln!(
            s,
            "Åtkomst / Access: {} / {}  ({})",
            label.sv,
            label.en,
            a.uri()
        );
    }
    if r.outcome != Outcome::Incomplete {
        let open = if r.open_data { "ja / yes" } else { "nej / no" };
        let _ = writeln!(s, "Öppna data / Open data: {open}");
    }
    if let Some(eli) = r.applicable_legislation {
        let _ = writeln!(
            s,
            "Värdefull datamängd / High-value dataset: dcatap:applicableLegislation {eli}"
        );
    }
    if let Some(q) = r.next_question {
        let _ = writeln!(
            s,
            "Nästa fråga / Next question «{}»: {}\n  {}",
            q.key, q.text.sv, q.text.en
        );
    }
    findings(
        &mut s,
        "Konflikter som måste lösas / Conflicts to resolve:",
        &r.conflicts,
    );
    findings(&mut s, "Skäl / Reasons:", &r.reasons);
    findings(&mut s, "Att tänka på / Warnings:", &r.warnings);
    if let Some(a) = &r.attribution {
        let _ = writeln!(
            s,
            "\nKällangivelse att klistra in / Attribution to paste:\n  {}\n  {}",
            a.sv, a.en
        );
    }
    s
}

/// The exit code for a recommendation: 0 for a licence without conflicts, 1 for a
/// stop, a conflict or a missing answer.
pub fn exit_code(r: &Recommendation) -> u8 {
    if r.outcome == Outcome::Licence && r.conflicts.is_empty() {
        0
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_until_decided_and_repeats_a_refused_answer() {
        let typed = "nej\nnej\nnej\nkanske\nja\nja\n2\n";
        let mut out = Vec::new();
        let answers = ask(&mut typed.as_bytes(), &mut out).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("Innehåller filen uppgifter som omfattas av sekretess?"));
        assert!(shown.contains("ogiltigt svar «kanske»"), "{shown}");
        let advice = recommend(&answers);
        assert_eq!(advice.outcome, Outcome::Licence);
        assert_eq!(advice.licence.unwrap().id.spdx(), "CC0-1.0");
        assert_eq!(exit_code(&advice), 0);
        assert!(render(&advice).contains("http://creativecommons.org/publicdomain/zero/1.0/"));
    }

    #[test]
    fn the_end_of_input_is_an_error_naming_the_question() {
        let err = ask(&mut "nej\n".as_bytes(), &mut Vec::new()).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
        assert!(err.to_string().contains("personal_data"), "{err}");
    }

    #[test]
    fn a_stop_is_rendered_with_its_reason_and_fails() {
        let advice = recommend(&Answers {
            confidential: Some(true),
            ..Answers::default()
        });
        let text = render(&advice);
        assert!(text.starts_with("Publicera inte"), "{text}");
        assert!(text.contains("sekretess"), "{text}");
        assert_eq!(exit_code(&advice), 1);
    }
}
