//! One module per subcommand: each takes its resolved settings, does the
//! work and hands the results to `views`.

pub(crate) mod batch;
pub(crate) mod callback;
pub(crate) mod cdn;
pub(crate) mod decode;
pub(crate) mod explain;
pub(crate) mod generate;
pub(crate) mod profile;
pub(crate) mod serve;
pub(crate) mod sign;
pub(crate) mod verify;
