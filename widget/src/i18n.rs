//! The widget's texts in Swedish and English.
//!
//! All visible strings live here, so that a language is complete or it does not
//! compile: [`Texts`] has one field per string and [`Lang::texts`] fills all of them.

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Svenska, the default.
    #[default]
    Sv,
    /// English.
    En,
}

/// Every string the widget shows, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts {
    /// The widget's heading.
    pub heading: &'static str,
    /// One sentence under the heading: what the widget does.
    pub intro: &'static str,
    /// The promise that nothing leaves the browser.
    pub privacy: &'static str,
    /// The visible label of the file input.
    pub file_label: &'static str,
    /// The text of the button that switches to the other language.
    pub switch_language: &'static str,
    /// Shown when no file has been chosen yet.
    pub no_file: &'static str,
    /// The word before the name of the chosen file.
    pub chosen_file: &'static str,
    /// The unit after a byte count.
    pub bytes: &'static str,
}

impl Lang {
    /// Reads a BCP 47 language tag such as `sv`, `sv-SE`, `en` or `en-GB`.
    ///
    /// English for `en` and `en-*` (any case), Swedish for everything else: a
    /// municipal page that says nothing gets the Swedish widget.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    /// The BCP 47 tag to put in a `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The other language: the one the switch button offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// All the widget's strings in this language.
    pub fn texts(self) -> Texts {
        match self {
            Lang::Sv => Texts {
                heading: "Beskriv och publicera öppna data",
                intro: "Välj en CSV-fil. Datalots beskriver filen, föreslår en licens och skriver metadata enligt DCAT-AP-SE för Sveriges dataportal.",
                privacy: "Filen läses bara i din webbläsare. Ingenting laddas upp.",
                file_label: "Välj en CSV-fil",
                switch_language: "In English",
                no_file: "Ingen fil vald ännu.",
                chosen_file: "Vald fil:",
                bytes: "byte",
            },
            Lang::En => Texts {
                heading: "Describe and publish open data",
                intro: "Choose a CSV file. Datalots describes the file, suggests a licence and writes DCAT-AP-SE metadata for Sveriges dataportal.",
                privacy: "The file is only read in your browser. Nothing is uploaded.",
                file_label: "Choose a CSV file",
                switch_language: "På svenska",
                no_file: "No file chosen yet.",
                chosen_file: "Chosen file:",
                bytes: "bytes",
            },
        }
    }

    /// Formats a whole number the way the language writes it: `1 234 567` in Swedish
    /// (groups separated by a no-break space), `1,234,567` in English.
    pub fn format_count(self, n: u64) -> String {
        let sep = match self {
            Lang::Sv => '\u{a0}',
            Lang::En => ',',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_the_language() {
        assert_eq!(Lang::from_tag("en"), Lang::En);
        assert_eq!(Lang::from_tag("EN-gb"), Lang::En);
        assert_eq!(Lang::from_tag("en_US"), Lang::En);
        assert_eq!(Lang::from_tag("sv-SE"), Lang::Sv);
        assert_eq!(Lang::from_tag(""), Lang::Sv);
        assert_eq!(Lang::from_tag("english"), Lang::Sv);
        assert_eq!(Lang::from_tag("fi"), Lang::Sv);
    }

    #[test]
    fn switching_twice_returns() {
        for lang in [Lang::Sv, Lang::En] {
            assert_ne!(lang.other(), lang);
            assert_eq!(lang.other().other(), lang);
        }
    }

    #[test]
    fn the_switch_button_is_written_in_the_language_it_offers() {
        assert_eq!(Lang::Sv.texts().switch_language, "In English");
        assert_eq!(Lang::En.texts().switch_language, "På svenska");
        assert_ne!(Lang::Sv.texts(), Lang::En.texts());
    }

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(Lang::Sv.format_count(0), "0");
        assert_eq!(Lang::Sv.format_count(999), "999");
        assert_eq!(Lang::Sv.format_count(1_234), "1\u{a0}234");
        assert_eq!(Lang::Sv.format_count(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::En.format_count(100_000), "100,000");
    }
}
