//! `datalots licence`: the licence questionnaire on a terminal (or an answers file),
//! and the recommendation as text a person reads (or JSON).

use std::fmt::Write as _;
use std::io::{self, IsTerminal};
use std::process::ExitCode;

use datalots::licence_advisor::{
    AnswerKind, Answers, Finding, Outcome, Question, Recommendation, recommend,
};

use crate::cli::LicenceArgs;
use crate::exit::{self, Command, Failure};
use crate::files;
use crate::prompt::{self, Answer, Questions};

/// Runs `datalots licence`.
pub fn run(a: &LicenceArgs) -> ExitCode {
    exit::run(Command::Licence, || {
        let answers = match &a.answers {
            Some(path) => Answers::from_json(&files::read_text(path)?)
                .map_err(|e| Failure::in_file(path, e))?,
            None => {
                // With --json the questions go to stderr, so stdout stays one JSON document.
                let mut out: Box<dyn io::Write> = if a.json || !io::stdout().is_terminal() {
                    Box::new(io::stderr())
                } else {
                    Box::new(io::stdout())
                };
                ask(&mut io::stdin().lock(), &mut out)
                    .map_err(|e| Failure::Said(datalots::Both::same(e.to_string())))?
            }
        };
        let advice = recommend(&answers);
        if a.json {
            println!("{}", serde_json::to_string_pretty(&advice)?);
        } else {
            print!("{}", render(&advice));
        }
        Ok(ExitCode::from(exit_code(&advice)))
    })
}

/// The licence questions, asked until the recommendation no longer needs an answer.
struct Licence(Answers);

impl Questions for Licence {
    type Question = &'static Question;

    fn next(&mut self) -> Option<&'static Question> {
        let advice = recommend(&self.0);
        advice
            .next_question
            .filter(|_| advice.outcome == Outcome::Incomplete)
    }

    fn shown(&self, q: &'static Question) -> String {
        render_question(q)
    }

    fn key(&self, q: &'static Question) -> &'static str {
        q.key
    }

    fn answer(&mut self, q: &'static Question, typed: &str) -> Result<(), String> {
        self.0.set(q.id, typed).map_err(|e| e.to_string())
    }
}

/// Asks the questions one by one on `input`/`output` until the recommendation no
/// longer needs an answer, and returns the answers.
pub fn ask(input: &mut dyn io::BufRead, output: &mut dyn io::Write) -> io::Result<Answers> {
    let mut questions = Licence(Answers::default());
    prompt::ask(input, output, &mut questions)?;
    Ok(questions.0)
}

/// A question as shown on a terminal: both languages, the help text and the options.
pub fn render_question(q: &Question) -> String {
    let answer = match q.kind {
        AnswerKind::YesNo => Answer::YesNo,
        AnswerKind::ManyOf => Answer::Options {
            options: q
                .options
                .iter()
                .map(|o| (o.label.sv, o.label.en, o.value))
                .collect(),
            several: true,
        },
    };
    prompt::render((q.text.sv, q.text.en), (q.help.sv, q.help.en), answer)
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
fn exit_code(r: &Recommendation) -> u8 {
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
