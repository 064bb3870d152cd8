//! `explain`'s settings. The code stays text: the command parses it, so
//! that its error can list the codes it knows.

use crate::args::ExplainArgs;

/// `explain`, resolved.
pub(crate) struct Explain {
    /// The code as typed; `None` only with `list`.
    pub(crate) code: Option<String>,
    /// `--list`: every code known.
    pub(crate) list: bool,
    pub(crate) json: bool,
}

/// Resolves `explain`'s arguments.
pub(crate) fn explain(args: &ExplainArgs) -> Explain {
    Explain {
        code: args.code.clone(),
        list: args.list,
        json: args.json,
    }
}
