//! `zego-token generate`: one token, or one per line of a user id list.

use std::io::{IsTerminal, Write};
use std::path::Path;

use rand::SeedableRng;
use rand::rngs::{StdRng, SysRng};
use zego_token::{Generated, Grant, Mode, Privilege, Secret};

use crate::args::{GenerateArgs, ModeArg, ProfileFlags};
use crate::exit::{Exit, UserError};
use crate::json::PrivilegeJson;
use crate::lines::{self, Line, Lines};
use crate::{batch, credentials, input, json, profile, render};

/// Longest line read from a user id list: far over the 64-byte limit, so an
/// over-long id is reported as such, but bounded.
const MAX_LINE: usize = 4096;

/// What every token of one run shares.
struct Plan {
    grant: Grant,
    privilege: Option<Privilege>,
    secret: Secret,
    mode: Mode,
    now: i64,
    json: bool,
    /// The profile in use, named in the summary on a terminal.
    profile: Option<String>,
}

pub(crate) fn run(
    args: &GenerateArgs,
    profile: &ProfileFlags,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let profile = profile::select(profile)?;
    let profile = profile.as_ref();
    let now = input::now(args.now.as_deref())?;
    let privilege = args.room_id.as_ref().map(|room_id| Privilege {
        room_id: room_id.clone(),
        login: !args.no_login,
        publish: !args.no_publish,
        stream_ids: (!args.stream_id.is_empty()).then(|| args.stream_id.clone()),
    });
    // Check the arguments before reading a secret, so a typo is reported first.
    let effective_time = input::effective_time(args.effective_time.as_deref(), profile);
    let grant = grant(Request {
        app_id: credentials::required_app_id(args.app_id, profile)?,
        user_id: args.user_id.as_deref(),
        effective_time,
        privilege: privilege.as_ref(),
        payload: args.payload.as_deref(),
        now,
    })
    .map_err(|(_, e)| e)?;
    if let Some(warning) = input::long_lifetime_warning(effective_time, grant.effective_time) {
        let _ = writeln!(std::io::stderr(), "{warning}");
    }
    let ids_from_stdin = args.user_ids_from.as_deref() == Some(Path::new("-"));
    if ids_from_stdin && credentials::secret_uses_stdin(&args.secret) {
        return Err(UserError::usage(
            "the user ids and the ServerSecret cannot both come from stdin",
        )
        .hint("pass the secret with --secret-file PATH or ZEGO_SERVER_SECRET")
        .into());
    }
    credentials::warn_if_mixed(args.app_id, &args.secret, profile);
    let plan = Plan {
        grant,
        privilege,
        secret: credentials::required_secret(&args.secret, profile)?,
        mode: mode(input::mode(args.mode, profile)),
        now,
        json: args.json,
        profile: profile.map(|p| p.name.clone()),
    };
    match &args.user_ids_from {
        None => single(plan, out),
        Some(path) => batch(plan, path, out),
    }
}

/// A token request as `generate` and `serve` take it from the user, before
/// any check.
pub(crate) struct Request<'a> {
    pub(crate) app_id: u32,
    /// `None` when the user ids come later (`--user-ids-from`).
    pub(crate) user_id: Option<&'a str>,
    /// As typed: `3600`, `30m`, ...
    pub(crate) effective_time: &'a str,
    /// A privilege payload; it wins over `payload`.
    pub(crate) privilege: Option<&'a Privilege>,
    pub(crate) payload: Option<&'a str>,
    /// The creation time.
    pub(crate) now: i64,
}

/// The argument a [`grant`] error is about, so `serve` can point at its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arg {
    AppId,
    UserId,
    EffectiveTime,
}

/// Checks a request as the vendor generators check their arguments and
/// turns it into a grant (with an empty user id when none is given yet).
pub(crate) fn grant(request: Request<'_>) -> Result<Grant, (Arg, UserError)> {
    let effective_time = input::lifetime(request.effective_time, request.now)
        .map_err(|e| (Arg::EffectiveTime, e))?;
    zego_token::validate_app_id(request.app_id).map_err(|e| (Arg::AppId, e.into()))?;
    zego_token::expiry(request.now, effective_time).map_err(|e| (Arg::EffectiveTime, e.into()))?;
    if let Some(user_id) = request.user_id {
        zego_token::validate_user_id(user_id).map_err(|e| (Arg::UserId, e.into()))?;
    }
    let payload = match (request.privilege, request.payload) {
        (Some(p), _) => p.to_payload(),
        (None, Some(raw)) => raw.to_owned(),
        (None, None) => String::new(),
    };
    Ok(Grant {
        app_id: request.app_id,
        user_id: request.user_id.unwrap_or_default().to_owned(),
        effective_time,
        payload,
    })
}

/// The core's mode for `--mode`.
pub(crate) fn mode(arg: ModeArg) -> Mode {
    match arg {
        ModeArg::Gcm => Mode::Gcm,
        ModeArg::Cbc => Mode::Cbc,
    }
}

/// The `generate --json` object of a new token.
pub(crate) fn to_json(made: &Generated, privilege: Option<Privilege>) -> json::Generated<'_> {
    json::Generated {
        token: &made.token,
        mode: made.mode.as_str(),
        claims: &made.claims,
        privilege: privilege.map(Into::into),
    }
}

fn single(plan: Plan, out: &mut impl Write) -> anyhow::Result<Exit> {
    let made = zego_token::generate(
        &plan.grant,
        &plan.secret,
        plan.mode,
        plan.now,
        &mut rand::rng(),
    )
    .map_err(UserError::from)?;
    write(out, &plan, &made)?;
    out.flush()?;
    if std::io::stderr().is_terminal() {
        // A reminder for people at a terminal; scripts read stdout only.
        let claims = &made.claims;
        writeln!(
            std::io::stderr().lock(),
            "token for {} in app {}{}, {}, expires {} ({})",
            render::sanitize(&claims.user_id),
            claims.app_id,
            plan.profile
                .as_deref()
                .map(|name| format!(" (profile {})", render::sanitize(name)))
                .unwrap_or_default(),
            plan.mode,
            render::local_time(claims.expire),
            render::relative(claims.expire, plan.now),
        )?;
    }
    Ok(Exit::Ok)
}

fn batch(mut plan: Plan, path: &Path, out: &mut impl Write) -> anyhow::Result<Exit> {
    let reader =
        lines::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    // One OS-seeded CSPRNG for the run instead of a thread-local per token.
    let mut rng = StdRng::try_from_rng(&mut SysRng)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    let mut lines = Lines::new(reader, MAX_LINE);
    // Each line's `privilege` value, the same for the whole run.
    let privilege = serde_json::to_vec(&plan.privilege.clone().map(PrivilegeJson::from))?;
    let mut json = Vec::new();
    // At a terminal each token shows as soon as it is made.
    let interactive = std::io::stdout().is_terminal();
    let (mut made_count, mut invalid) = (0_u64, 0_u64);
    let mut err = std::io::stderr().lock();
    while let Some((number, line)) = lines.next_line()? {
        let problem = match line {
            Line::Text("") => continue,
            Line::Text(text) => {
                plan.grant.user_id.clear();
                plan.grant.user_id.push_str(text.trim());
                match zego_token::generate(&plan.grant, &plan.secret, plan.mode, plan.now, &mut rng)
                {
                    Ok(made) => {
                        let written = if plan.json {
                            json.clear();
                            json::line::generated(&mut json, &made, &privilege)?;
                            out.write_all(&json)
                        } else {
                            out.write_all(made.token.as_bytes())
                                .and_then(|()| out.write_all(b"\n"))
                        };
                        match written.and_then(|()| if interactive { out.flush() } else { Ok(()) })
                        {
                            // The reader left (`| head -1`): stop, with the
                            // verdict on the lines read so far.
                            Err(e) if batch::closed_pipe(&e) => return Ok(verdict(invalid)),
                            written => written?,
                        }
                        made_count += 1;
                        continue;
                    }
                    Err(e) => e.to_string(),
                }
            }
            Line::TooLong(len) => {
                format!("the line is {len} bytes, over the {MAX_LINE}-byte limit")
            }
            Line::NotUtf8(_) => "the line is not UTF-8 text".to_owned(),
        };
        invalid += 1;
        writeln!(err, "zego-token: error: line {number}: {problem}")?;
    }
    match out.flush() {
        Err(e) if batch::closed_pipe(&e) => return Ok(verdict(invalid)),
        flushed => flushed?,
    }
    if err.is_terminal() {
        writeln!(err, "{made_count} tokens, {invalid} invalid lines")?;
    }
    Ok(verdict(invalid))
}

/// 2 when any line was not a valid user id.
fn verdict(invalid: u64) -> Exit {
    if invalid > 0 { Exit::Usage } else { Exit::Ok }
}

fn write(out: &mut impl Write, plan: &Plan, made: &Generated) -> anyhow::Result<()> {
    if plan.json {
        serde_json::to_writer(&mut *out, &to_json(made, plan.privilege.clone()))?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(made.token.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
