//! `datalots procurement`: procurement requirements with built-in openness on the
//! command line — the questions on a terminal or an answers file, and the chosen
//! requirements written as Word, Excel, CSV, Markdown or JSON.
//!
//! The logic lives in the [`procurement`] crate; this module adds the command's
//! arguments ([`ProcurementArgs`]), the terminal questions ([`ask`], with
//! [`crate::prompt`]) and the run ([`write_requirements`]). Exit codes are those of `datalots
//! licence`: 0 written, 1 a needed answer is missing, 2 unreadable input or a file that
//! could not be written.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use procurement::export::{self, Format};
use procurement::{
    AnswerKind, Answers, Error, Lang, Outcome, Question, QuestionId, Selection, select, tree,
};

use crate::cli::ProcurementCmd;
use crate::exit::{self, Command, Failure};
use crate::files::{self, Backup};
use crate::prompt::{self, Answer, Questions};

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
    pub fn new(a: &ProcurementCmd) -> ProcurementArgs {
        let from_out = || {
            a.out
                .as_ref()
                .and_then(|p| p.extension())
                .and_then(|e| e.to_str())
                .and_then(Format::parse)
        };
        ProcurementArgs {
            format: a
                .format
                .as_deref()
                .and_then(Format::parse)
                .or_else(from_out)
                .unwrap_or(Format::Markdown),
            lang: Lang::parse(&a.lang).unwrap_or(Lang::Sv),
            answers: a.answers.clone(),
            out: a.out.clone(),
        }
    }
}

/// Runs `datalots procurement` on the terminal.
pub fn run(a: &ProcurementCmd) -> ExitCode {
    let args = ProcurementArgs::new(a);
    let binary = matches!(args.format, Format::Docx | Format::Xlsx);
    if binary && args.out.is_none() && io::stdout().is_terminal() {
        let ext = args.format.extension();
        return exit::fail(
            Command::Procurement,
            &Failure::Said(datalots::Both::new(
                format!("ange --out FIL för {ext}"),
                format!("give --out FILE for {ext}"),
            )),
        );
    }
    // The questions go to stderr unless stdout is a terminal showing text, so that
    // stdout stays the file.
    let mut questions: Box<dyn Write> = if args.out.is_none() || !io::stdout().is_terminal() {
        Box::new(io::stderr())
    } else {
        Box::new(io::stdout())
    };
    let code = write_requirements(
        &args,
        &mut io::stdin().lock(),
        &mut questions,
        &mut io::stdout(),
        &mut io::stderr(),
    );
    ExitCode::from(code)
}

/// A question as shown on a terminal: both languages, the help and the options.
pub fn render_question(q: &Question) -> String {
    let answer = match q.kind {
        AnswerKind::YesNo => Answer::YesNo,
        AnswerKind::OneOf => Answer::Options {
            options: q
                .options
                .iter()
                .map(|o| (o.label.sv, o.label.en, o.value))
                .collect(),
            several: false,
        },
        AnswerKind::Number {
            min,
            max,
            suggested,
        } => Answer::Typed(
            format!("Ett heltal {min}–{max}, t.ex. {suggested}"),
            format!("A whole number {min}–{max}, e.g. {suggested}."),
        ),
        AnswerKind::Text => Answer::Typed("Skriv namnet".into(), "Type the name.".into()),
    };
    prompt::render((q.text.sv, q.text.en), (q.help.sv, q.help.en), answer)
}

/// The procurement questions: every needed one, then the licence question once (an
/// empty line, or the end of the input, keeps CC0 1.0).
struct Procurement {
    answers: Answers,
    licence_asked: bool,
}

impl Questions for Procurement {
    type Question = QuestionId;

    fn next(&mut self) -> Option<QuestionId> {
        let s = select(&self.answers);
        match s.next_question {
            Some(q) if s.outcome == Outcome::Incomplete => Some(q),
            _ if !self.licence_asked => {
                self.licence_asked = true;
                Some(QuestionId::Licence)
            }
            _ => None,
        }
    }

    fn shown(&self, q: QuestionId) -> String {
        render_question(q.question())
    }

    fn key(&self, q: QuestionId) -> &'static str {
        q.key()
    }

    fn answer(&mut self, q: QuestionId, typed: &str) -> Result<(), String> {
        self.answers.set(q, typed).map_err(|e| e.to_string())
    }

    fn may_end_at(&self, q: QuestionId) -> bool {
        q == QuestionId::Licence
    }
}

/// Asks the questions one by one until every needed answer is given, and returns the
/// answers. A refused answer is explained and asked again; the end of the input before
/// the last needed answer is an error naming the question. The licence question is
/// asked too (an empty line keeps CC0 1.0).
pub fn ask(input: &mut dyn BufRead, output: &mut dyn Write) -> io::Result<Answers> {
    let mut questions = Procurement {
        answers: Answers::default(),
        licence_asked: false,
    };
    prompt::ask(input, output, &mut questions)?;
    Ok(questions.answers)
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

/// The command's work: reads or asks the answers, chooses the requirements, writes the
/// export to `--out` or `stdout`; messages go to `stderr`. Returns the exit code.
///
/// `interactive_out` receives the questions when there is no `--answers` file.
pub fn write_requirements(
    args: &ProcurementArgs,
    stdin: &mut dyn BufRead,
    interactive_out: &mut dyn Write,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    let selection = match &args.answers {
        Some(path) => files::read_text(path)
            .map_err(Failure::from)
            .and_then(|text| read_input(&text).map_err(|e| Failure::procurement(Some(path), e))),
        None => ask(stdin, interactive_out)
            .map(|a| select(&a))
            .map_err(|e| Failure::Said(datalots::Both::same(e.to_string()))),
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
    let written = export(&selection, args.format, args.lang)
        .map_err(|e| Failure::procurement(None, e))
        .and_then(|bytes| match &args.out {
            Some(path) => Ok(files::write(path, &bytes, Backup::No)?),
            None => stdout
                .write_all(&bytes)
                .map_err(|e| Failure::Said(datalots::Both::same(e.to_string()))),
        });
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

#[cfg(test)]
mod tests {
    use super::*;
    use procurement::{Kind, Licence};

    #[test]
    fn the_extension_picks_the_format_unless_one_is_given() {
        let cmd = |answers: Option<&str>, format: Option<&str>, lang: &str, out: Option<&str>| {
            ProcurementArgs::new(&ProcurementCmd {
                answers: answers.map(PathBuf::from),
                format: format.map(str::to_owned),
                lang: lang.to_owned(),
                out: out.map(PathBuf::from),
            })
        };
        let a = cmd(Some("a.json"), None, "en", Some("krav.docx"));
        assert_eq!(a.format, Format::Docx);
        assert_eq!(a.lang, Lang::En);
        assert_eq!(a.answers, Some(PathBuf::from("a.json")));
        let a = cmd(None, Some("csv"), "sv", Some("krav.txt"));
        assert_eq!(a.format, Format::Csv);
        assert_eq!(a.lang, Lang::Sv);
        assert_eq!(cmd(None, None, "sv", None), ProcurementArgs::default());
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
