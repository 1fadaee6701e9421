//! Command-line parsing for the `datalots` binary, with [`clap`] (derive): the
//! arguments of every command, typed (`--delimiter tab` is a
//! [`Delimiter`](datalots::read::Delimiter) by the time a command sees it).
//!
//! Every text a person reads is in Swedish and English: the commands' and options'
//! help (`datalots --help`, `datalots COMMAND --help`), the headings (set in
//! [`command`]) and the usage errors we render ([`usage_error`]).
//!
//! **Adding a command** is three steps:
//! 1. a variant of [`Command`] with a doc comment `svenska / English` (the first line is
//!    the short help, the rest the long help) and, when it takes options, an `Args`
//!    struct whose fields carry their own `svenska / English` doc comments;
//! 2. a module in `src/cmd/` with a `run` that returns its exit code (failures through
//!    [`crate::exit`]), and its `match` arm in `src/main.rs`;
//! 3. a test in `tests/cli_*.rs`.
//!
//! Help, "did you mean", bilingual errors and shell completions follow by themselves.

use std::path::PathBuf;

use datalots::Overrides;
use datalots::read::{Delimiter, Quote, ReadOptions};

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

/// The whole command line.
#[derive(Debug, Clone, PartialEq, Eq, Parser)]
#[command(
    name = "datalots",
    version,
    about = "datalots – beskriv en CSV-fil och publicera den som öppna data enligt DCAT-AP-SE\n\
             datalots – describe a CSV file and publish it as open data following DCAT-AP-SE",
    after_help = "`datalots KOMMANDO --help` visar kommandots alla flaggor och slutkoder.\n\
                  `datalots COMMAND --help` shows a command's options and exit codes."
)]
pub struct Cli {
    /// The command; `None` (no arguments) prints the help.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Rekommendera en licens / recommend a licence (DIGG/PRV)
    ///
    /// Rekommendera en licens; utan --answers ställs frågorna i terminalen.
    /// Recommend a licence; without --answers the questions are asked on the terminal.
    #[command(
        visible_alias = "licens",
        alias = "license",
        after_help = "Slutkod / exit: 0 licens / licence, 1 stopp, konflikt eller svar saknas / \
                      stop, conflict or missing answer, 2 oläsbar indata / unreadable input"
    )]
    Licence(LicenceArgs),
    /// Beskriv en CSV-fil / describe a CSV file
    ///
    /// Beskriv en CSV-fil: teckenkodning, dialekt, kolumntyper, statistik, varningar.
    /// Describe a CSV file: encoding, dialect, column types, statistics, warnings.
    #[command(
        visible_alias = "profil",
        after_help = "Slutkod / exit: 0, eller 1 om filen inte kan läsas / or 1 if it cannot be read"
    )]
    Profile(ProfileArgs),
    /// Skriv tabellen så som Datalots läste den / write the table as Datalots read it
    ///
    /// Skriv tabellen så som Datalots läste den: UTF-8, RFC 4180, komma, CRLF, en
    /// rubrikrad, utan inledande och avslutande rader; bara den första tabellen.
    /// Write the table as Datalots read it: UTF-8, RFC 4180, comma, CRLF, one header row,
    /// no preamble or footer rows; only the first table.
    #[command(
        visible_alias = "normalisera",
        alias = "normalise",
        after_help = "Slutkod / exit: 0 skriven / written, 1 oläsbar / unreadable, 2 fel flagga / bad option"
    )]
    Normalize(NormalizeCmd),
    /// Validera en katalog mot DCAT-AP-SE 3.0.1 / validate a catalogue against DCAT-AP-SE 3.0.1
    #[command(
        visible_alias = "validera",
        after_help = "Slutkod / exit: 0 inga överträdelser / no violations, 1 överträdelser / \
                      violations, 2 oläsbar indata / unreadable input"
    )]
    Validate(ValidateArgs),
    /// Betyget Sveriges dataportal ger katalogen / the grade Sveriges dataportal gives the catalogue
    ///
    /// Metadatakvaliteten (EU:s MQA som portalen tillämpar den) per dimension och
    /// datamängd, vad som ger de poäng som saknas, och stjärnorna per distribution.
    /// The metadata quality (the EU's MQA as the portal applies it) per dimension and
    /// dataset, what earns the missing points, and the stars per distribution.
    #[command(
        visible_alias = "betyg",
        after_help = "Slutkod / exit: 0 alla metadatapoäng / every metadata point, 1 poäng \
                      saknas / points missing, 2 oläsbar indata / unreadable input"
    )]
    Quality(QualityArgs),
    /// Beskriv filen som en datamängd i DCAT-AP-SE / describe the file as a DCAT-AP-SE dataset
    ///
    /// Beskriv filen som en datamängd i DCAT-AP-SE och skriv hela katalogen (ny, eller
    /// --catalog med datamängden tillagd) samt en databeskrivning (CSVW och Frictionless)
    /// bredvid --out eller i --schema-dir.
    /// Describe the file as a DCAT-AP-SE dataset and write the whole catalogue (new, or
    /// --catalog with the dataset added) and a data dictionary (CSVW and Frictionless)
    /// next to --out or in --schema-dir.
    #[command(
        visible_alias = "beskriv",
        after_help = "Slutkod / exit: 0 skriven / written, 1 vägrad (stopp, personnummer, saknat \
                      svar, ett datum, tema eller en HVD-kategori som inte går att använda) eller \
                      överträdelser / refused (stop, personal identity numbers, missing answer, \
                      a date, theme or HVD category that cannot be used) or violations, \
                      2 oläsbar indata / unreadable input"
    )]
    Describe(Box<DescribeCmd>),
    /// Håll katalogen över tid / keep a catalogue over time: list, remove, upgrade
    ///
    /// Lista, ta bort och uppgradera datamängder i en katalogfil (RDF/XML, Turtle, JSON-LD).
    /// En datamängd uppdateras från en ny version av sin fil med
    /// `datalots describe FIL.csv --catalog KATALOG --update`.
    /// List, remove and upgrade datasets in a catalogue file (RDF/XML, Turtle, JSON-LD).
    /// A dataset is updated from a new version of its file with
    /// `datalots describe FILE.csv --catalog CATALOGUE --update`.
    #[command(visible_alias = "katalog", subcommand_required = true)]
    Catalog(CatalogArgs),
    /// Skriv upphandlingskrav med inbyggd öppenhet / write procurement requirements with built-in openness
    ///
    /// Skriv upphandlingskrav inom DIGG:s sju kravområden (Word, Excel, CSV, Markdown eller
    /// JSON); utan --answers ställs frågorna i terminalen.
    /// Write procurement requirements in DIGG's seven requirement areas (Word, Excel, CSV,
    /// Markdown or JSON); without --answers the questions are asked on the terminal.
    #[command(
        visible_alias = "upphandling",
        after_help = "Slutkod / exit: 0 skriven / written, 1 svar saknas / missing answer, \
                      2 oläsbar indata eller fil som inte kunde skrivas / unreadable input or \
                      a file that could not be written"
    )]
    Procurement(ProcurementCmd),
    /// Skriv katalogen som webbsidor / write the catalogue as web pages
    ///
    /// Skriv katalogen som statiska webbsidor för kommunens webbplats: index.html med alla
    /// datamängder och en sökruta, en sida per datamängd med schema.org-data för
    /// sökmotorer, och med --base-url sitemap.xml. Länkarna är relativa: mappen fungerar
    /// var den än läggs.
    /// Write the catalogue as static web pages for the kommun's site: index.html with every
    /// dataset and a search box, one page per dataset with schema.org data for search
    /// engines, and with --base-url sitemap.xml. Links are relative: the folder works
    /// wherever it is put.
    #[command(
        visible_alias = "webbsidor",
        after_help = "Slutkod / exit: 0 skrivna / written, 2 oläsbar katalog eller mapp som inte \
                      kunde skrivas / unreadable catalogue or a folder that could not be written"
    )]
    Site(SiteArgs),
    /// Skriv skalkomplettering / print shell completions (bash, zsh, fish)
    ///
    /// Skriv ett kompletteringsskript för skalet till standard ut, t.ex.
    /// `datalots completions bash > ~/.local/share/bash-completion/completions/datalots`.
    /// Print a completion script for the shell to standard output, e.g.
    /// `datalots completions bash > ~/.local/share/bash-completion/completions/datalots`.
    Completions(CompletionsArgs),
}

/// `datalots licence`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct LicenceArgs {
    /// Svaren som JSON (utan: frågorna ställs i terminalen) / the answers as JSON (without: asked on the terminal)
    #[arg(long, value_name = "SVAR.json")]
    pub answers: Option<PathBuf>,
    /// Skriv JSON i stället för text / print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// `datalots procurement`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ProcurementCmd {
    /// Svaren som JSON, eller ett urval skrivet med --format json (utan: frågorna ställs i terminalen) / the answers as JSON, or a selection written with --format json (without: asked on the terminal)
    #[arg(long, value_name = "SVAR.json")]
    pub answers: Option<PathBuf>,
    /// Filformatet (utan: filändelsen i --out, annars md) / the file format (without: the --out extension, else md)
    #[arg(long, value_name = "FORMAT", value_parser = PossibleValuesParser::new(["docx", "xlsx", "csv", "md", "json"]))]
    pub format: Option<String>,
    /// Språket i kraven / the language of the requirements
    #[arg(long, value_name = "SPRÅK", default_value = "sv", value_parser = PossibleValuesParser::new(["sv", "en"]))]
    pub lang: String,
    /// Filen att skriva (utan: standard ut) / the file to write (without: standard output)
    #[arg(long, value_name = "FIL")]
    pub out: Option<PathBuf>,
}

/// `datalots profile`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ProfileArgs {
    /// CSV-filen / the CSV file
    #[arg(value_name = "FIL.csv")]
    pub file: PathBuf,
    /// Skriv JSON i stället för en tabell / print JSON instead of a table
    #[arg(long)]
    pub json: bool,
    /// How to read the file, when the guess is wrong.
    #[command(flatten)]
    pub read: ReadOpts,
}

/// The reading overrides `profile`, `normalize` and `describe` share: each replaces
/// one of csv-profile's guesses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct ReadOpts {
    /// Avgränsare i stället för gissningen: ; , | tab space eller ", " / delimiter instead of the guess: ; , | tab space or ", "
    #[arg(long, value_name = "D")]
    pub delimiter: Option<Delimiter>,
    /// Citattecken: " ' eller none / quote character: " ' or none
    #[arg(long, value_name = "Q")]
    pub quote: Option<Quote>,
    /// Antal rubrikrader efter inledningen / number of header rows after the preamble
    #[arg(long, value_name = "N")]
    pub header_rows: Option<u64>,
    /// Antal rader före rubriken att hoppa över / number of rows before the header to skip
    #[arg(long, value_name = "N")]
    pub preamble_rows: Option<u64>,
    /// Teckenkodning (utf-8, windows-1252, latin1 …) / encoding (utf-8, windows-1252, latin1 …)
    #[arg(long, value_name = "KODNING", value_parser = encoding)]
    pub encoding: Option<String>,
}

/// An encoding label the profiler knows (`utf-8`, `latin1`…).
fn encoding(label: &str) -> Result<String, datalots::csv_profile::Error> {
    datalots::csv_profile::Options::default()
        .with_encoding(label)
        .map(|_| label.to_owned())
}

impl ReadOpts {
    /// The library's reading overrides.
    pub fn to_options(&self) -> ReadOptions {
        ReadOptions {
            delimiter: self.delimiter,
            quote: self.quote,
            header_rows: self.header_rows,
            preamble_rows: self.preamble_rows,
            encoding: self.encoding.clone(),
        }
    }
}

/// `datalots normalize`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct NormalizeCmd {
    /// CSV-filen / the CSV file
    #[arg(value_name = "FIL.csv")]
    pub file: PathBuf,
    /// Skriv hit (annars till standard ut) / write here (else to standard output)
    #[arg(long, value_name = "UT.csv")]
    pub out: Option<PathBuf>,
    /// Rubriker för en fil utan rubrikrad: A,B,… eller auto (column_1 …) / header names for a file without a header row: A,B,… or auto (column_1 …)
    #[arg(long, value_name = "A,B,…|auto")]
    pub header_names: Option<String>,
    /// How to read the file, when the guess is wrong.
    #[command(flatten)]
    pub read: ReadOpts,
}

impl NormalizeCmd {
    /// `--header-names`: the names, or an empty list for `auto` (`column_1`…).
    pub fn header_names(&self) -> Option<Vec<String>> {
        self.header_names.as_deref().map(|v| {
            if v == "auto" {
                Vec::new()
            } else {
                v.split(',').map(str::to_owned).collect()
            }
        })
    }
}

/// `datalots validate`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ValidateArgs {
    /// Katalogfilen (.rdf, .ttl, .jsonld) / the catalogue file
    #[arg(value_name = "FIL.rdf|.ttl|.jsonld")]
    pub file: PathBuf,
    /// RDF-formatet när filändelsen inte säger det / the RDF format when the extension does not tell
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Option<String>,
    /// Skriv JSON i stället för text / print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// `datalots quality`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct QualityArgs {
    /// Katalogfilen (.rdf, .ttl, .jsonld) / the catalogue file
    #[arg(value_name = "FIL.rdf|.ttl|.jsonld")]
    pub file: PathBuf,
    /// Vems bedömning: dataportal (375 poäng) eller eu (405) / whose grading: dataportal (375 points) or eu (405)
    #[arg(long, value_name = "PROFIL", default_value = "dataportal",
          value_parser = PossibleValuesParser::new(["dataportal", "eu"]))]
    pub profile: String,
    /// RDF-formatet när filändelsen inte säger det / the RDF format when the extension does not tell
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Option<String>,
    /// Skriv JSON i stället för text / print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// `datalots describe`: the options as typed.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct DescribeCmd {
    /// CSV-filen / the CSV file
    #[arg(value_name = "FIL.csv")]
    pub csv: PathBuf,
    /// Utgivarens inställningar / the publisher settings (.toml, or .json as the widget keeps them)
    #[arg(long, value_name = "ORG.toml", required_unless_present = "dataset")]
    pub publisher: Option<PathBuf>,
    /// Svaren på licensfrågorna (JSON); med --update byter de licensen om den ändrats / the answers to the licence questions (JSON); with --update they change the licence if it changed
    #[arg(long, value_name = "SVAR.json", required_unless_present = "update")]
    pub answers: Option<PathBuf>,
    /// Datamängdens titel på svenska / the dataset's title in Swedish
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Datamängdens beskrivning på svenska / the dataset's description in Swedish
    #[arg(long, value_name = "D", conflicts_with = "update")]
    pub description: Option<String>,
    /// En befintlig katalog att lägga till i / an existing catalogue to add to (.rdf, .ttl, .jsonld)
    #[arg(long, value_name = "KATALOG.rdf")]
    pub catalog: Option<PathBuf>,
    /// Utdataformat (annars från --out, annars RDF/XML) / output format (else from --out, else RDF/XML)
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Option<String>,
    /// Skriv katalogen hit (annars till standard ut) / write the catalogue here (else to standard output)
    #[arg(long, value_name = "UT.rdf")]
    pub out: Option<PathBuf>,
    /// Skriv databeskrivningen hit (annars bredvid --out) / write the data dictionary here (else next to --out)
    #[arg(long, value_name = "MAPP")]
    pub schema_dir: Option<PathBuf>,
    /// Var filen publiceras (annars under base_uri) / where the file is published (else under base_uri)
    #[arg(long, value_name = "URL", conflicts_with = "update")]
    pub download_url: Option<String>,
    /// Var katalogsidorna (datalots site) publiceras: landningssidan blir datamängdens sida där / where the catalogue pages (datalots site) are published: the landing page becomes the dataset's page there
    #[arg(long, value_name = "URL", conflicts_with = "update")]
    pub landing_pages: Option<String>,
    /// Nyckelord på svenska (upprepas) / keyword in Swedish (repeatable)
    #[arg(long = "keyword", value_name = "ORD", conflicts_with = "update")]
    pub keywords: Vec<String>,
    /// EU-tema: kod, IRI eller namn (upprepas) / EU data theme: code, IRI or label (repeatable)
    #[arg(long = "theme", value_name = "KOD", conflicts_with = "update")]
    pub themes: Vec<String>,
    /// HVD-kategori för värdefulla datamängder (upprepas) / HVD category for a high-value dataset (repeatable)
    #[arg(long = "hvd-category", value_name = "KOD", conflicts_with = "update")]
    pub hvd_categories: Vec<String>,
    /// Värdefull datamängd: API:ets adress (dcat:DataService) / high-value dataset: the API's address (dcat:DataService)
    #[arg(long, value_name = "URL", conflicts_with = "update")]
    pub api_endpoint: Option<String>,
    /// Värdefull datamängd: API:ets dokumentationssida / high-value dataset: the API's documentation page
    #[arg(long, value_name = "URL", conflicts_with = "update")]
    pub api_documentation: Option<String>,
    /// Uppdatera datamängden i --catalog från filens nya version / update the dataset in --catalog from the file's new version
    #[arg(long, requires = "catalog")]
    pub update: bool,
    /// Datamängden att uppdatera (annars den vars fil har samma namn, annars IRI:n describe skapar) / the dataset to update (else the one whose file has the same name, else the IRI describe mints)
    #[arg(long, value_name = "IRI", requires = "update")]
    pub dataset: Option<String>,
    /// Utgivningsdatum för en ny datamängd, med --update den nya versionens datum (standard: i dag) / release date of a new dataset, with --update the new version's date (default: today)
    #[arg(long, value_name = "ÅÅÅÅ-MM-DD")]
    pub date: Option<String>,
    /// Skriv tillbaka till --catalog och spara den förra som FIL.bak / write back to --catalog, keeping the previous file as FILE.bak
    #[arg(long, requires = "catalog", conflicts_with = "out")]
    pub in_place: bool,
    /// Läs det som går att läsa i en trasig --catalog och visa vad som utelämnas / read what can be read of a broken --catalog and show what is left out
    #[arg(long, requires = "catalog")]
    pub recover: bool,
    /// Beskriv den normaliserade kopian (datalots normalize) i stället för filen / describe the normalised copy (datalots normalize) instead of the file
    #[arg(long)]
    pub normalized: bool,
    /// How to read the file, when the guess is wrong.
    #[command(flatten)]
    pub read: ReadOpts,
}

impl DescribeCmd {
    /// Where the catalogue is written: `--out`, or `--catalog` with `--in-place`;
    /// standard output when `None`.
    pub fn out_path(&self) -> Option<PathBuf> {
        if self.in_place {
            self.catalog.clone()
        } else {
            self.out.clone()
        }
    }

    /// What the person typed about the dataset, for the library's `describe`: the
    /// file's name (for the drafted title and address), title, description, download
    /// address, keywords, themes, HVD categories, and `--date` as the release date.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            file_name: self
                .csv
                .file_name()
                .map(|f| f.to_string_lossy().into_owned()),
            title: self.title.clone(),
            description: self.description.clone(),
            download_url: self.download_url.clone(),
            keywords: self.keywords.clone(),
            themes: self.themes.clone(),
            hvd_categories: self.hvd_categories.clone(),
            issued: self.date.clone(),
            api_endpoint: self.api_endpoint.clone(),
            api_documentation: self.api_documentation.clone(),
            landing_pages: self.landing_pages.clone(),
            ..Overrides::default()
        }
    }
}

/// `datalots site`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct SiteArgs {
    /// Katalogfilen (.rdf, .ttl, .jsonld) / the catalogue file
    #[arg(value_name = "KATALOG.rdf")]
    pub catalog: PathBuf,
    /// Mappen att skriva sidorna i / the folder to write the pages in
    #[arg(long, value_name = "MAPP")]
    pub out: PathBuf,
    /// Adressen där mappen publiceras (ger sitemap.xml och sidornas url; annars från datamängdernas landningssidor) / the address where the folder is published (gives sitemap.xml and the pages' url; else from the datasets' landing pages)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Adressen där katalogfilen publiceras, länkad från index.html / the address where the catalogue file is published, linked from index.html
    #[arg(long, value_name = "URL")]
    pub catalog_url: Option<String>,
    /// Sidornas språk; katalogens texter på det andra språket där de saknas / the pages' language; the catalogue's texts in the other where missing
    #[arg(long, value_name = "SPRÅK", default_value = "sv", value_parser = PossibleValuesParser::new(["sv", "en"]))]
    pub lang: String,
}

/// `datalots catalog`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct CatalogArgs {
    /// What to do with the catalogue.
    #[command(subcommand)]
    pub command: CatalogCommand,
}

/// The `datalots catalog` commands.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum CatalogCommand {
    /// Lista datamängderna med valideringsresultat / list the datasets with their validation counts
    #[command(
        visible_alias = "lista",
        after_help = "Slutkod / exit: 0 inga överträdelser / no violations, 1 överträdelser / \
                      violations, 2 oläsbar indata / unreadable input"
    )]
    List(ListArgs),
    /// Ta bort en datamängd med dess distributioner / remove a dataset with its distributions
    ///
    /// Tar bort datamängden, dess distributioner och det som bara den använde (kontakt,
    /// period…); inget annat ändras.
    /// Removes the dataset, its distributions and what only it used (contact, period…);
    /// nothing else changes.
    #[command(
        visible_alias = "ta-bort",
        after_help = "Slutkod / exit: 0 skriven, inga överträdelser / written, no violations, \
                      1 skriven med överträdelser / written with violations, 2 oläsbar indata \
                      eller okänd datamängd / unreadable input or unknown dataset"
    )]
    Remove(RemoveArgs),
    /// Uppgradera en katalog från DCAT-AP-SE 2.x till 3.0.1 / upgrade a catalogue from DCAT-AP-SE 2.x to 3.0.1
    ///
    /// Gör det som går mekaniskt (format som IANA-medietyp, EU:s listor för tillgänglighet,
    /// status och frekvens, utgivartyp från inställningarna) och listar det som behöver en
    /// person.
    /// Does what is mechanical (format as an IANA media type, the EU lists for availability,
    /// status and frequency, publisher type from the settings) and lists what needs a person.
    #[command(
        visible_alias = "uppgradera",
        after_help = "Slutkod / exit: 0 skriven, inga överträdelser / written, no violations, \
                      1 skriven, något behöver en person / written, something needs a person, \
                      2 oläsbar indata / unreadable input"
    )]
    Upgrade(UpgradeArgs),
}

/// The catalogue a `datalots catalog` command reads.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct CatalogInput {
    /// Katalogfilen (.rdf, .ttl, .jsonld) / the catalogue file
    #[arg(value_name = "KATALOG.rdf")]
    pub catalog: PathBuf,
    /// Läs det som går att läsa i en trasig fil och visa vad som utelämnas / read what can be read of a broken file and show what is left out
    #[arg(long)]
    pub recover: bool,
}

/// Where a changed catalogue goes.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct CatalogOutput {
    /// Skriv resultatet hit (annars till standard ut) / write the result here (else to standard output)
    #[arg(long, value_name = "UT.rdf")]
    pub out: Option<PathBuf>,
    /// Skriv över katalogfilen och spara den förra som FIL.bak / overwrite the catalogue file, keeping the previous one as FILE.bak
    #[arg(long, conflicts_with = "out")]
    pub in_place: bool,
    /// Utdataformat (annars från --out, annars indatats) / output format (else from --out, else the input's)
    #[arg(long, value_name = "FORMAT", value_parser = format_parser())]
    pub format: Option<String>,
}

/// `datalots catalog list`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct ListArgs {
    /// The catalogue.
    #[command(flatten)]
    pub input: CatalogInput,
    /// Skriv JSON i stället för text / print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// `datalots catalog remove`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct RemoveArgs {
    /// The catalogue.
    #[command(flatten)]
    pub input: CatalogInput,
    /// Datamängdens IRI / the dataset's IRI
    #[arg(value_name = "IRI")]
    pub dataset: String,
    /// Where the result goes.
    #[command(flatten)]
    pub output: CatalogOutput,
}

/// `datalots catalog upgrade`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct UpgradeArgs {
    /// The catalogue.
    #[command(flatten)]
    pub input: CatalogInput,
    /// Utgivarens inställningar: utgivartypen för katalogens utgivare / the publisher settings: the publisher type of the catalogue's publisher
    #[arg(long, value_name = "ORG.toml")]
    pub publisher: Option<PathBuf>,
    /// Medietyp för en distribution eller datatjänst (upprepas) / media type for a distribution or data service (repeatable)
    #[arg(long = "set-format", value_name = "IRI=MEDIETYP", value_parser = pair)]
    pub formats: Vec<(String, String)>,
    /// Utgivartyp (ADMS-kod) för en annan aktör (upprepas) / publisher type (ADMS code) for another agent (repeatable)
    #[arg(long = "set-publisher-type", value_name = "IRI=KOD", value_parser = pair)]
    pub publisher_types: Vec<(String, String)>,
    /// Where the result goes.
    #[command(flatten)]
    pub output: CatalogOutput,
}

/// `IRI=VALUE`, split at the last `=` (an IRI may hold `=` in its query).
fn pair(s: &str) -> Result<(String, String), String> {
    match s.rsplit_once('=') {
        Some((k, v)) if !k.trim().is_empty() && !v.trim().is_empty() => {
            Ok((k.trim().to_owned(), v.trim().to_owned()))
        }
        _ => Err(format!("skriv IRI=VÄRDE / write IRI=VALUE: «{s}»")),
    }
}

/// `datalots completions`.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct CompletionsArgs {
    /// Skalet / the shell
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The shells `datalots completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
}

/// The RDF formats by name, with the aliases [`datalots::dcat_ap_se::Format::from_name`] takes.
fn format_parser() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("rdfxml")
            .aliases(["rdf/xml", "rdf", "xml"])
            .help("RDF/XML"),
        PossibleValue::new("turtle").alias("ttl").help("Turtle"),
        PossibleValue::new("jsonld")
            .alias("json-ld")
            .help("JSON-LD"),
    ])
}

const HELP_TEMPLATE: &str = "\
{about-with-newline}
Användning / usage: {usage}

{all-args}{after-help}";

/// The `clap` command with Swedish/English headings and help/version flags on every
/// command. [`parse`] and `datalots completions` both use it.
pub fn command() -> clap::Command {
    localize(Cli::command(), true)
}

fn localize(cmd: clap::Command, root: bool) -> clap::Command {
    let mut cmd = cmd
        .help_template(HELP_TEMPLATE)
        .subcommand_help_heading("Kommandon / commands")
        .subcommand_value_name("KOMMANDO")
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Visa hjälp / show help"),
        );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Visa versionen / show the version"),
        );
    }
    cmd = cmd.mut_args(|a| {
        if a.is_positional() {
            a.help_heading("Argument / arguments")
        } else {
            a.help_heading("Flaggor / options")
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| localize(s, false));
    }
    cmd
}

/// Parses the arguments after the program name.
///
/// `Err` holds clap's error: help and version requests (exit 0) as well as usage
/// errors (exit 2); [`usage_error`] renders the latter in Swedish and English.
/// `datalots help [COMMAND…]` is read as `datalots [COMMAND…] --help`.
pub fn parse<I, S>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = S>,
    S: Into<std::ffi::OsString>,
{
    let mut args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    if args.first().is_some_and(|a| a == "help") {
        args.remove(0);
        args.push("--help".into());
    }
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(
        std::iter::once(std::ffi::OsString::from("datalots")).chain(args),
    )?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// Writes the completion script for `shell` (bash, zsh, fish) to `out`.
pub fn completions(shell: Shell, out: &mut dyn std::io::Write) {
    let mut cmd = command();
    let shell = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, "datalots", out);
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        ContextValue::None => None,
        _ => None,
    }
}

/// A usage error in Swedish and English: what is wrong, clap's suggestion ("menade du
/// / did you mean") and where to read more. Kinds we do not word ourselves fall back
/// to clap's English text after a Swedish line.
pub fn usage_error(e: &clap::Error) -> String {
    let invalid_arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut text = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let c = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            format!("okänt kommando «{c}» / unknown command «{c}»")
        }
        ErrorKind::UnknownArgument => {
            format!("okänd flagga «{invalid_arg}» / unknown option «{invalid_arg}»")
        }
        ErrorKind::MissingRequiredArgument => {
            format!("{invalid_arg} saknas / {invalid_arg} is missing")
        }
        ErrorKind::InvalidValue if value.is_empty() => {
            format!("{invalid_arg} behöver ett värde / {invalid_arg} needs a value")
        }
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue).unwrap_or_default();
            format!(
                "ogiltigt värde «{value}» för {invalid_arg} (möjliga: {valid}) / \
                 invalid value «{value}» for {invalid_arg} (possible: {valid})"
            )
        }
        ErrorKind::ArgumentConflict => {
            let other = context(e, ContextKind::PriorArg).unwrap_or_default();
            format!(
                "{invalid_arg} kan inte kombineras med {other} / \
                 {invalid_arg} cannot be used with {other}"
            )
        }
        ErrorKind::TooManyValues => format!(
            "för många värden: «{value}» / too many values: «{value}» ({})",
            first_line(e)
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "ett kommando saknas / a command is missing".to_owned()
        }
        _ => format!(
            "felaktig kommandorad / invalid command line: {}",
            first_line(e)
        ),
    };
    let suggested: Vec<String> = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|k| match e.get(k)? {
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::Strings(v) => Some(v.clone()),
        _ => None,
    })
    .unwrap_or_default();
    if !suggested.is_empty() {
        let quoted: Vec<String> = suggested.iter().map(|s| format!("«{s}»")).collect();
        text.push_str(&format!(
            "; menade du {}? / did you mean {}?",
            quoted.join(" eller "),
            quoted.join(" or ")
        ));
    }
    let usage = context(e, ContextKind::Usage)
        .map(|u| {
            u.trim()
                .trim_start_matches("Användning / usage:")
                .trim_start_matches("Usage:")
                .trim()
                .to_owned()
        })
        .filter(|u| !u.is_empty());
    if let Some(u) = usage {
        text.push_str(&format!("\n  {u}"));
    }
    text.push_str("\nSe / see `datalots --help`, `datalots KOMMANDO --help`.");
    text
}

fn first_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    rendered
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Option<Command> {
        parse(args)
            .map(|c| c.command)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn kind(args: &[&str]) -> ErrorKind {
        parse(args).map(|c| format!("{c:?}")).unwrap_err().kind()
    }

    #[test]
    fn profile_normalize_and_describe_take_the_reading_overrides() {
        let Some(Command::Profile(p)) = parsed(&[
            "profile",
            "x.csv",
            "--delimiter",
            "tab",
            "--header-rows",
            "2",
            "--encoding",
            "latin1",
        ]) else {
            panic!("not profile");
        };
        let read = p.read.to_options();
        assert_eq!(read.delimiter, Some(Delimiter::new('\t')));
        assert_eq!(read.header_rows, Some(2));
        assert_eq!(read.encoding.as_deref(), Some("latin1"));
        let e = parse(["profile", "x.csv", "--encoding", "klingon"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::ValueValidation);
        assert!(
            usage_error(&e).contains("unknown encoding «klingon»"),
            "{}",
            usage_error(&e)
        );
        let e = parse(["profile", "x.csv", "--delimiter", ";;"]).unwrap_err();
        assert!(
            usage_error(&e).contains("the delimiter must be one character"),
            "{}",
            usage_error(&e)
        );
        assert_eq!(
            kind(&["profile", "x.csv", "--header-rows", "två"]),
            ErrorKind::ValueValidation
        );

        let Some(Command::Normalize(n)) = parsed(&[
            "normalize",
            "x.csv",
            "--out",
            "y.csv",
            "--header-names",
            "a,b",
            "--quote",
            "none",
        ]) else {
            panic!("not normalize");
        };
        assert_eq!(n.header_names(), Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(n.read.quote, Some(Quote::None));
        assert_eq!(n.out, Some(PathBuf::from("y.csv")));
        let Some(Command::Normalize(n)) = parsed(&["normalize", "x.csv", "--header-names", "auto"])
        else {
            panic!("not normalize");
        };
        assert_eq!(n.header_names(), Some(Vec::new()));

        let Some(Command::Describe(d)) = parsed(&[
            "describe",
            "x.csv",
            "--publisher",
            "p.toml",
            "--answers",
            "a.json",
            "--normalized",
            "--preamble-rows",
            "3",
        ]) else {
            panic!("not describe");
        };
        assert!(d.normalized);
        assert_eq!(d.read.preamble_rows, Some(3));
    }

    #[test]
    fn the_command_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn no_arguments_means_help_and_help_and_version_are_not_errors() {
        assert_eq!(parsed(&[]), None);
        assert_eq!(kind(&["--help"]), ErrorKind::DisplayHelp);
        assert_eq!(kind(&["-V"]), ErrorKind::DisplayVersion);
        assert_eq!(kind(&["validate", "--help"]), ErrorKind::DisplayHelp);
        assert_eq!(kind(&["help", "describe"]), ErrorKind::DisplayHelp);
        assert_eq!(parse(["-h"]).unwrap_err().exit_code(), 0);
    }

    #[test]
    fn help_is_in_both_languages_per_command() {
        let help = parse(["describe", "--help"])
            .unwrap_err()
            .render()
            .to_string();
        assert!(
            help.contains("Användning / usage: datalots describe"),
            "{help}"
        );
        assert!(help.contains("--publisher <ORG.toml>"), "{help}");
        assert!(help.contains("Utgivarens inställningar / the publisher settings"));
        assert!(
            help.contains("Slutkod / exit: 0 skriven / written"),
            "{help}"
        );
        assert!(help.contains("Visa hjälp / show help"), "{help}");
        let top = parse(["--help"]).unwrap_err().render().to_string();
        assert!(top.contains("Kommandon / commands"), "{top}");
        assert!(top.contains("validate"), "{top}");
    }

    #[test]
    fn licence_takes_an_answers_file_and_json() {
        assert_eq!(
            parsed(&["licence", "--answers", "a.json", "--json"]),
            Some(Command::Licence(LicenceArgs {
                answers: Some("a.json".into()),
                json: true
            }))
        );
        assert_eq!(
            parsed(&["licens"]),
            Some(Command::Licence(LicenceArgs {
                answers: None,
                json: false
            }))
        );
        let e = parse(["licence", "--answers"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            usage_error(&e).contains("needs a value"),
            "{}",
            usage_error(&e)
        );
        let e = parse(["licence", "--jsno"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnknownArgument);
        let text = usage_error(&e);
        assert!(text.contains("okänd flagga «--jsno»"), "{text}");
        assert!(text.contains("did you mean «--json»?"), "{text}");
    }

    #[test]
    fn validate_takes_a_file_a_format_and_json() {
        assert_eq!(
            parsed(&["validera", "katalog.rdf", "--json", "--format", "ttl"]),
            Some(Command::Validate(ValidateArgs {
                file: "katalog.rdf".into(),
                format: Some("ttl".into()),
                json: true
            }))
        );
        let e = parse(["validate"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingRequiredArgument);
        assert!(usage_error(&e).contains("saknas / "), "{}", usage_error(&e));
        assert_eq!(
            kind(&["validate", "a.rdf", "b.rdf"]),
            ErrorKind::UnknownArgument
        );
        let e = parse(["validate", "a.rdf", "--format", "turtel"]).unwrap_err();
        let text = usage_error(&e);
        assert!(text.contains("ogiltigt värde «turtel»"), "{text}");
        assert!(text.contains("did you mean «turtle»?"), "{text}");
    }

    #[test]
    fn describe_takes_files_and_overrides() {
        let Some(Command::Describe(d)) = parsed(&[
            "describe",
            "x.csv",
            "--publisher",
            "org.toml",
            "--answers",
            "a.json",
            "--title",
            "Badplatser",
            "--keyword",
            "bad",
            "--keyword",
            "sjö",
            "--out",
            "k.ttl",
        ]) else {
            panic!("not parsed");
        };
        assert_eq!(d.csv, PathBuf::from("x.csv"));
        let o = d.overrides();
        assert_eq!(o.title.as_deref(), Some("Badplatser"));
        assert_eq!(o.keywords, ["bad", "sjö"]);
        assert_eq!(o.file_name.as_deref(), Some("x.csv"));
        assert_eq!(d.out_path(), Some(PathBuf::from("k.ttl")));
        let e = parse(["describe", "x.csv", "--answers", "a.json"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::MissingRequiredArgument);
        assert!(
            usage_error(&e).contains("--publisher"),
            "{}",
            usage_error(&e)
        );
        assert_eq!(
            kind(&["describe", "x.csv", "--publisher"]),
            ErrorKind::InvalidValue
        );
    }

    #[test]
    fn unknown_command_is_named_in_both_languages_with_a_suggestion() {
        let e = parse(["validat"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = usage_error(&e);
        assert!(text.contains("okänt kommando «validat»"), "{text}");
        assert!(text.contains("unknown command «validat»"), "{text}");
        assert!(text.contains("«validate»"), "{text}");
    }

    #[test]
    fn completions_name_every_command() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let mut out = Vec::new();
            completions(shell, &mut out);
            let text = String::from_utf8(out).unwrap();
            for c in ["describe", "validate", "profile", "licence", "completions"] {
                assert!(text.contains(c), "{shell:?} lacks {c}");
            }
        }
    }
}
