//! What the page configured for one `<datalots-widget>`: the loader reads the element's
//! attributes into a plain object and passes it to [`crate::mount_widget`].

use datalots::form::FieldKey;
use serde::Deserialize;

/// The element's attributes (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Config {
    /// `lang` (or `data-lang`): `sv` (default) or `en`.
    pub lang: Option<String>,
    /// The element's `id`: widgets with the same id share saved state, others do not.
    pub id: Option<String>,
    /// `mode`: which root component to mount (the default is the publishing flow).
    pub mode: Option<String>,
    /// The absolute URL of the worker's entry script, from the loader's
    /// `import.meta.url`.
    pub worker_url: Option<String>,
    /// The loader's own absolute URL (its `import.meta.url`): the script tag of the
    /// snippet for the kommun's own page.
    pub loader_url: Option<String>,
    /// `publisher-name`.
    pub publisher_name: Option<String>,
    /// `publisher-orgnr`.
    pub publisher_orgnr: Option<String>,
    /// `publisher-type` (an ADMS code such as `LocalAuthority`).
    pub publisher_type: Option<String>,
    /// `contact-email`.
    pub contact_email: Option<String>,
    /// `base-uri`.
    pub base_uri: Option<String>,
    /// `lock-publisher`: the publisher fields are read-only.
    pub lock_publisher: bool,
}

impl Config {
    /// The publisher fields the page preset, as `(field, value)` for
    /// `datalots::form::FormInput::set`.
    pub fn publisher_presets(&self) -> Vec<(FieldKey, String)> {
        [
            (FieldKey::Name, &self.publisher_name),
            (FieldKey::OrganisationNumber, &self.publisher_orgnr),
            (FieldKey::PublisherType, &self.publisher_type),
            (FieldKey::Email, &self.contact_email),
            (FieldKey::BaseUri, &self.base_uri),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| (k, v.trim().to_owned())))
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }
}
