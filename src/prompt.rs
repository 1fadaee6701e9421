//! The interactive questionnaires on a terminal (`datalots licence` and `datalots
//! procurement` without `--answers`): a question at a time, in Swedish and English,
//! until the answers decide.
//!
//! [`ask`] runs any [`Questions`]: it shows the next question, reads a line, and sets
//! the answer; an answer the question does not accept is explained and the question
//! asked again; the end of the input before a needed answer is an error naming the
//! question. [`render`] words a question the same way for both questionnaires.

use std::fmt::Write as _;
use std::io::{self, BufRead, Write};

/// A questionnaire the terminal asks.
pub trait Questions {
    /// A question.
    type Question: Copy;

    /// The next question to ask; `None` when the answers decide.
    fn next(&mut self) -> Option<Self::Question>;

    /// The question as shown ([`render`]).
    fn shown(&self, q: Self::Question) -> String;

    /// Its key (`personal_data`), for the error when it is not answered.
    fn key(&self, q: Self::Question) -> &'static str;

    /// Sets the answer typed; the error says why it is not accepted.
    fn answer(&mut self, q: Self::Question, typed: &str) -> Result<(), String>;

    /// Whether the input may end at this question (it has a default).
    fn may_end_at(&self, _q: Self::Question) -> bool {
        false
    }
}

/// Asks the questions one by one on `input`/`output` until [`Questions::next`] has no
/// more.
pub fn ask<Q: Questions>(
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    questions: &mut Q,
) -> io::Result<()> {
    while let Some(question) = questions.next() {
        write!(output, "{}", questions.shown(question))?;
        loop {
            write!(output, "> ")?;
            output.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                if questions.may_end_at(question) {
                    return Ok(());
                }
                let key = questions.key(question);
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!(
                        "frågan «{key}» besvarades inte / the question «{key}» was not answered"
                    ),
                ));
            }
            match questions.answer(question, &line) {
                Ok(()) => break,
                Err(e) => writeln!(output, "{e}")?,
            }
        }
        writeln!(output)?;
    }
    Ok(())
}

/// What kind of answer a question takes, for the line under it.
pub enum Answer<'a> {
    /// Yes or no.
    YesNo,
    /// One or several of numbered options: (Swedish label, English label, id).
    Options {
        /// The options.
        options: Vec<(&'a str, &'a str, &'a str)>,
        /// Several may be given.
        several: bool,
    },
    /// Something else: what to type, in Swedish and English.
    Typed(String, String),
}

/// A question as shown on a terminal: both languages, the help and what to answer.
pub fn render(text: (&str, &str), help: (&str, &str), answer: Answer<'_>) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}\n{}", text.0, text.1);
    let _ = writeln!(s, "  ({})\n  ({})", help.0, help.1);
    match answer {
        Answer::YesNo => {
            let _ = writeln!(s, "Svara ja eller nej / Answer yes or no.");
        }
        Answer::Options { options, several } => {
            for (i, (sv, en, value)) in options.iter().enumerate() {
                let _ = writeln!(s, "  {}. {sv} / {en}  [{value}]", i + 1);
            }
            let _ = if several {
                writeln!(
                    s,
                    "Ange nummer eller id, flera med kommatecken / Give numbers or ids, several separated by commas."
                )
            } else {
                writeln!(s, "Ange nummer eller id / Give a number or an id.")
            };
        }
        Answer::Typed(sv, en) => {
            let _ = writeln!(s, "{sv} / {en}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two yes/no questions; the second may be left at the end of the input.
    struct Two {
        answers: Vec<bool>,
    }

    impl Questions for Two {
        type Question = usize;
        fn next(&mut self) -> Option<usize> {
            (self.answers.len() < 2).then_some(self.answers.len())
        }
        fn shown(&self, q: usize) -> String {
            render(
                (&format!("Fråga {q}?"), "Question?"),
                ("h", "h"),
                Answer::YesNo,
            )
        }
        fn key(&self, q: usize) -> &'static str {
            ["first", "second"][q]
        }
        fn answer(&mut self, _q: usize, typed: &str) -> Result<(), String> {
            match typed.trim() {
                "ja" => self.answers.push(true),
                "nej" => self.answers.push(false),
                other => return Err(format!("ogiltigt svar «{other}»")),
            }
            Ok(())
        }
        fn may_end_at(&self, q: usize) -> bool {
            q == 1
        }
    }

    #[test]
    fn a_refused_answer_is_asked_again_and_the_end_is_an_error_or_a_default() {
        let mut out = Vec::new();
        let mut q = Two {
            answers: Vec::new(),
        };
        ask(&mut "kanske\nja\nnej\n".as_bytes(), &mut out, &mut q).unwrap();
        assert_eq!(q.answers, [true, false]);
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("ogiltigt svar «kanske»") && shown.contains("Fråga 1?"));
        let mut q = Two {
            answers: Vec::new(),
        };
        assert!(ask(&mut "ja\n".as_bytes(), &mut Vec::new(), &mut q).is_ok());
        let mut q = Two {
            answers: Vec::new(),
        };
        let e = ask(&mut "".as_bytes(), &mut Vec::new(), &mut q).unwrap_err();
        assert!(e.to_string().contains("«first»"), "{e}");
    }
}
