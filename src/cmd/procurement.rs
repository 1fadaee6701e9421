//! `datalots procurement`: procurement requirements with built-in openness on the
//! command line — the questions on a terminal or an answers file, and the chosen
//! requirements written as Word, Excel, CSV, Markdown or JSON.
//!
//! The logic lives in the [`procurement`] crate, re-exported here; this
//! module adds the command's arguments ([`ProcurementArgs`]), the terminal questions
//! ([`ask`]) and the run ([`run`]) that `main.rs` calls. Exit codes are those of
//! `datalots licence`: 0 written, 1 a needed answer is missing, 2 unreadable input or
//! a file that could not be written.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;

use ::procurement::export::Format;
pub use ::procurement::*;

/// The arguments of `datalots procurement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcurementArgs {
    /// An answers file (or a selection written with `--format json`, edits included);
    /// without it the questions are asked on the terminal.
    pub answers: Option<PathBuf>,
    /// The output format.
    pub format: Format,
    /// The language of the output.
    pub lang: Lang,
    /// The file to write; standard output without it.
    pub out: Option<PathBuf>,
}

impl Default for ProcurementArgs {
    fn default() -> Self {
        ProcurementArgs {
            answers: None,
            format: Format::Markdown,
            lang: Lang::Sv,
            out: None,
        }
    }
}

impl ProcurementArgs {
    /// The arguments from the command line's values: `format` and `lang` by name
    /// (unknown names keep the defaults; clap only lets known ones through); without a
    /// format, the extension of `out` decides, else Markdown.
    pub fn new(
        answers: Option<PathBuf>,
        format: Option<&str>,
        lang: &str,
        out: Option<PathBuf>,
    ) -> ProcurementArgs {
        let from_out = || {
            out.as_ref()
                .and_then(|p| p.extension())
                .and_then(|e| e.to_str())
                .and_then(Format::parse)
        };
        ProcurementArgs {
            format: format
                .and_then(Format::parse)
                .or_else(from_out)
                .unwrap_or(Format::Markdown),
            lang: Lang::parse(lang).unwrap_or(Lang::Sv),
            answers,
            out,
        }
    }
}

/// A question as shown on a terminal: both languages, the help and the options.
pub fn render_question(q: &Question) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n{}", q.text.sv, q.text.en);
    let _ = writeln!(s, "  ({})\n  ({})", q.help.sv, q.help.en);
    match q.kind {
        AnswerKind::YesNo => {
            let _ = writeln!(s, "Svara ja eller nej / Answer yes or no.");
        }
        AnswerKind::OneOf => {
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
            let _ = writeln!(s, "Ange nummer eller id / Give a number or an id.");
        }
        AnswerKind::Number {
            min,
            max,
            suggested,
        } => {
            let _ = writeln!(
                s,
                "Ett heltal {min}–{max}, t.ex. {suggested} / A whole number {min}–{max}, e.g. {suggested}."
            );
        }
        AnswerKind::Text => {
            let _ = writeln!(s, "Skriv namnet / Type the name.");
        }
    }
    s
}

/// Asks the questions one by one until every needed answer is given, and returns the
/// answers. A refused answer is explained and asked again; the end of the input before
/// the last needed answer is an error naming the question. The licence question is
/// asked too (an empty line keeps CC0 1.0).
pub fn ask<R: BufRead, W: Write>(input: &mut R, output: &mut W) -> io::Result<Answers> {
    let mut answers = Answers::default();
    let mut licence_asked = false;
    loop {
        let s = select(&answers);
        let question = match s.next_question {
            Some(q) if s.outcome == Outcome::Incomplete => q,
            _ if !licence_asked => QuestionId::Licence,
            _ => return Ok(answers),
        };
        if question == QuestionId::Licence {
            licence_asked = true;
        }
        write!(output, "{}", render_question(question.question()))?;
        loop {
            write!(output, "> ")?;
            output.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                if question == QuestionId::Licence {
                    return Ok(answers);
                }
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!(
                        "frågan «{}» besvarades inte / the question «{}» was not answered",
                        question.key(),
                        question.key()
                    ),
                ));
            }
            match answers.set(question, &line) {
                Ok(()) => break,
                Err(e) => writeln!(output, "{e}")?,
            }
        }
        writeln!(output)?;
    }
}

/// Reads an answers file, or a selection written by `--format json` (recognised by
/// its `areas`), which keeps its edits and switched-off requirements.
pub fn read_input(text: &str) -> Result<Selection, Error> {
    let is_selection = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .is_some_and(|v| v.get("areas").is_some());
    if is_selection {
        Selection::from_json(text)
    } else {
        Answers::from_json(text).map(|a| select(&a))
    }
}

/// The selection in a format and language.
pub fn export(s: &Selection, format: Format, lang: Lang) -> Result<Vec<u8>, Error> {
    match format {
        Format::Docx => export::docx(s, lang),
        Format::Xlsx => export::xlsx(s, lang),
        Format::Csv => export::csv(s, lang),
        Format::Markdown => export::markdown(s, lang).map(String::into_bytes),
        Format::Json => Ok(format!("{}\n", export::json(s)).into_bytes()),
    }
}

/// What an incomplete selection says on standard error.
pub fn missing_message(s: &Selection) -> String {
    let q = s.next_question.unwrap_or(tree::ROOT).question();
    format!(
        "svar saknas / answers missing: «{}»\n  {}\n  {}",
        q.key, q.text.sv, q.text.en
    )
}

/// Runs the command: reads or asks the answers, chooses the requirements, writes the
/// export to `--out` or `stdout`; messages go to `stderr`. Returns the exit code.
///
/// `interactive_out` receives the questions when there is no `--answers` file.
pub fn run<R: BufRead>(
    args: &ProcurementArgs,
    stdin: &mut R,
    interactive_out: &mut dyn Write,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    let selection = match &args.answers {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|text| read_input(&text).map_err(|e| format!("{}: {e}", path.display()))),
        None => {
            let mut w = WriteAdapter(interactive_out);
            ask(stdin, &mut w)
                .map(|a| select(&a))
                .map_err(|e| e.to_string())
        }
    };
    let selection = match selection {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(stderr, "datalots procurement: {e}");
            return 2;
        }
    };
    if selection.outcome == Outcome::Incomplete {
        let _ = writeln!(
            stderr,
            "datalots procurement: {}",
            missing_message(&selection)
        );
        return 1;
    }
    let bytes = match export(&selection, args.format, args.lang) {
        Ok(b) => b,
        Err(e) => {
            let _ = writeln!(stderr, "datalots procurement: {e}");
            return 2;
        }
    };
    let written = match &args.out {
        Some(path) => std::fs::write(path, &bytes).map_err(|e| format!("{}: {e}", path.display())),
        None => stdout.write_all(&bytes).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        let _ = writeln!(stderr, "datalots procurement: {e}");
        return 2;
    }
    let n = selection.included().count();
    let areas = selection
        .areas
        .iter()
        .filter(|a| a.requirements.iter().any(|r| r.included))
        .count();
    let _ = writeln!(
        stderr,
        "datalots procurement: {n} krav i {areas} områden / {n} requirements in {areas} areas{}",
        args.out
            .as_ref()
            .map(|p| format!(" → {}", p.display()))
            .unwrap_or_default()
    );
    0
}

struct WriteAdapter<'a>(&'a mut dyn Write);

impl Write for WriteAdapter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format_unless_one_is_given() {
        let a = ProcurementArgs::new(
            Some(PathBuf::from("a.json")),
            None,
            "en",
            Some(PathBuf::from("krav.docx")),
        );
        assert_eq!(a.format, Format::Docx);
        assert_eq!(a.lang, Lang::En);
        assert_eq!(a.answers, Some(PathBuf::from("a.json")));
        let a = ProcurementArgs::new(None, Some("csv"), "sv", Some(PathBuf::from("krav.txt")));
        assert_eq!(a.format, Format::Csv);
        assert_eq!(a.lang, Lang::Sv);
        assert_eq!(
            ProcurementArgs::new(None, None, "sv", None),
            ProcurementArgs::default()
        );
    }

    #[test]
    fn asks_every_needed_question_and_repeats_a_refused_answer() {
        let typed = "2\nExempelby kommun\nja\nnej\nkanske\nnej\nja\n4\n6\n\n";
        let mut out = Vec::new();
        let a = ask(&mut typed.as_bytes(), &mut out).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("Vad ska ni upphandla?"), "{shown}");
        assert!(shown.contains("ogiltigt svar «kanske»"), "{shown}");
        assert!(shown.contains("Under vilken licens"), "{shown}");
        assert_eq!(a.kind, Some(Kind::Service));
        assert_eq!(a.notice_months, Some(6));
        assert_eq!(a.licence, Some(Licence::Cc0));
        assert_eq!(select(&a).outcome, Outcome::Complete);
    }

    #[test]
    fn a_selection_file_keeps_its_edits() {
        let a = Answers::from_json(
            r#"{"kind": "survey", "buyer": "Exempelby kommun", "publishes_online": false, "personal_data": false, "high_value": false, "running_service": false}"#,
        )
        .unwrap();
        let mut s = select(&a);
        s.requirement_mut("D1-01").unwrap().included = false;
        s.requirement_mut("D2-03").unwrap().text.sv = "Ändrad kravtext för åäö.".into();
        let back = read_input(&s.to_json()).unwrap();
        assert_eq!(back, s);
        let md = String::from_utf8(export(&back, Format::Markdown, Lang::Sv).unwrap()).unwrap();
        assert!(!md.contains("D1-01"));
        assert!(md.contains("Ändrad kravtext för åäö."));
    }
}
