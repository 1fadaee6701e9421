//! One module per command.

pub mod catalog;
pub mod describe;
pub mod licence;
pub mod procurement;
pub mod profile;
pub mod validate;
