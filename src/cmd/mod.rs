//! One module per command, each with a `run` that returns the exit code; what several
//! read the same way is in [`inputs`], what several print the same way in [`report`].

pub mod catalog;
pub mod completions;
pub mod describe;
pub mod inputs;
pub mod licence;
pub mod normalize;
pub mod procurement;
pub mod profile;
pub mod quality;
pub mod report;
pub mod site;
pub mod update;
pub mod validate;
