//! `decode --batch` and `verify --batch`: one result per input line, in
//! order, streamed.

use std::io::{IsTerminal, Write};
use std::path::Path;

use zego_token::diagnose::{Failure, Repair, Report, repair};
use zego_token::format::{Envelope, Malformed};

use crate::exit::Exit;
use crate::input::lines::{self, Line, Lines};
use crate::views::failure;
use crate::views::render::{relative, sanitize};
use crate::views::{Verdict, json};

/// How each result is printed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Output {
    Human,
    Json,
    /// Nothing: only the exit code counts.
    Quiet,
}

/// How much JSON to gather before writing it out.
const JSON_CHUNK: usize = 32 * 1024;

/// Runs `check` on every line and prints one result per line. The exit code
/// is that of the gravest failure seen, also when stdout closes early
/// (`| head -1`): reading stops there, and a script with `pipefail` still
/// sees the failures printed.
pub(crate) fn run(
    path: &Path,
    out: &mut impl Write,
    now: i64,
    verdict: Verdict,
    output: Output,
    check: impl Fn(&str) -> Report,
) -> anyhow::Result<Exit> {
    let reader =
        lines::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    // Lines longer than any token are reported without being buffered.
    let mut lines = Lines::new(reader, zego_token::format::MAX_TOKEN_LEN + 1024);
    let mut exit = Exit::Ok;
    // JSON lines are gathered here and written whole lines at a time; at a
    // terminal each result shows as soon as it is known.
    let mut json = Vec::with_capacity(JSON_CHUNK + 1024);
    let interactive = std::io::stdout().is_terminal();
    // Lines read (blank ones aside) and those that failed, for the closing
    // count on stderr.
    let (mut read_count, mut failed) = (0_u64, 0_u64);
    loop {
        let (number, line) = match lines.next_line() {
            Ok(Some(next)) => next,
            Ok(None) => break,
            Err(e) => {
                // Results so far still go out before the error is reported.
                return match out.write_all(&json) {
                    Err(closed) if closed_pipe(&closed) => Ok(exit),
                    Err(other) => Err(other.into()),
                    Ok(()) => Err(e.into()),
                };
            }
        };
        let (repairs, report) = match line {
            Line::Text(text) if text.trim_ascii().is_empty() => continue,
            Line::Text(text) => read(text, verdict, &check),
            Line::NotUtf8(bytes) => read(&String::from_utf8_lossy(bytes), verdict, &check),
            Line::TooLong(length) => {
                let too_long = Malformed::TooLong {
                    length,
                    max: zego_token::format::MAX_TOKEN_LEN,
                };
                (Vec::new(), Report::malformed(too_long))
            }
        };
        exit = exit.graver(Exit::worst(&report.failures));
        read_count += 1;
        failed += u64::from(!report.failures.is_empty());
        let written = match output {
            Output::Quiet => continue,
            Output::Human => write_summary(out, number, &report, verdict, now),
            Output::Json => {
                json::line::write(&mut json, number, &report, &repairs, verdict)?;
                if json.len() >= JSON_CHUNK || interactive {
                    let written = out.write_all(&json);
                    json.clear();
                    written
                } else {
                    Ok(())
                }
            }
        };
        match written.and_then(|()| if interactive { out.flush() } else { Ok(()) }) {
            Err(e) if closed_pipe(&e) => return Ok(exit),
            written => written?,
        }
    }
    match out.write_all(&json).and_then(|()| out.flush()) {
        Err(e) if closed_pipe(&e) => return Ok(exit),
        written => written?,
    }
    // After the results, so the count comes last also when stdout and
    // stderr share a terminal; a lost stderr changes nothing.
    let _ = end_note(read_count, failed, verdict, output);
    Ok(exit)
}

/// The closing line on stderr: "3 valid, 1 failed" (verify), "3 decoded,
/// 1 failed" (decode), or that the input held no token at all, which a
/// script reading an empty file would otherwise take for success.
fn end_note(read: u64, failed: u64, verdict: Verdict, output: Output) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    if read == 0 {
        return writeln!(
            err,
            "zego-token: warning: the input held no tokens (only blank lines, or nothing)"
        );
    }
    if output == Output::Quiet {
        return Ok(());
    }
    let word = match verdict {
        Verdict::Verify => failure::VALID,
        Verdict::Decode => "decoded",
    };
    writeln!(err, "zego-token: {} {word}, {failed} failed", read - failed)
}

/// Writes one `--json` object and a newline; a reader gone before the end
/// (`| true`) leaves the verdict's exit as it is, as in batch mode. (A
/// short object waits in main's buffer, whose flush says the same; a long
/// one is written here.)
pub(crate) fn json_verdict(
    out: &mut impl Write,
    view: &impl serde::Serialize,
    exit: Exit,
) -> anyhow::Result<Exit> {
    let mut line = serde_json::to_vec(view)?;
    line.push(b'\n');
    match out.write_all(&line) {
        Err(e) if closed_pipe(&e) => Ok(exit),
        written => Ok(written.map(|()| exit)?),
    }
}

/// Whether a write failed because stdout's reader has gone (`| head -1`).
pub(crate) fn closed_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}

/// A line's report: `decode` reads pasted damage leniently (a warning per
/// repair), `verify` fails it, as the SDK and a server would.
fn read(text: &str, verdict: Verdict, check: &impl Fn(&str) -> Report) -> (Vec<Repair>, Report) {
    let repaired = repair(text);
    let mut report = check(&repaired.token);
    match verdict {
        Verdict::Decode => (repaired.changes, report),
        Verdict::Verify => {
            report.add_repairs(&repaired.changes);
            (Vec::new(), report)
        }
    }
}

/// "line 1: valid  (alice, expires in 1 h)", "line 2: expired 3 h ago  (bob)",
/// "line 3: malformed: truncated: …".
fn write_summary(
    out: &mut impl Write,
    number: usize,
    report: &Report,
    verdict: Verdict,
    now: i64,
) -> std::io::Result<()> {
    write!(out, "line {number}: ")?;
    let who = report.claims.as_ref().map(|c| sanitize(c.user_id()));
    if report.failures.is_empty() {
        let expire = report.envelope.as_ref().map_or(0, Envelope::expire);
        // decode judges nothing, but says what verify would of the
        // lifetime in words of the same vocabulary.
        if verdict == Verdict::Decode && expire <= now {
            let expired = Failure::Expired { expire, now };
            let brief = failure::brief(&expired);
            return match who {
                Some(user) => writeln!(out, "{brief}  ({user})"),
                None => writeln!(out, "{brief}  (claims encrypted)"),
            };
        }
        let word = failure::VALID;
        let expires = relative(expire, now);
        return match who {
            Some(user) => writeln!(out, "{word}  ({user}, expires {expires})"),
            None => writeln!(out, "{word}  (expires {expires}, claims encrypted)"),
        };
    }
    for (i, failure) in report.failures.iter().enumerate() {
        let sep = if i == 0 { "" } else { "; " };
        write!(out, "{sep}{}", sanitize(&failure::brief(failure)))?;
    }
    match who {
        Some(user) => writeln!(out, "  ({user})"),
        None => writeln!(out),
    }
}
