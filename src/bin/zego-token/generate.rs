//! `zego-token generate`: one token, or one per line of a user id list.

use std::io::{IsTerminal, Write};
use std::path::Path;

use rand::SeedableRng;
use rand::rngs::{StdRng, SysRng};
use zego_token::{Generated, Grant, Mode, Privilege, Secret};

use crate::args::{GenerateArgs, ModeArg};
use crate::exit::{Exit, UserError};
use crate::lines::{self, Line, Lines};
use crate::{input, json, render};

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
}

pub(crate) fn run(args: &GenerateArgs, out: &mut impl Write) -> anyhow::Result<Exit> {
    let effective_time = input::parse_duration(&args.effective_time)?;
    let now = input::now(args.now.as_deref())?;
    let privilege = args.room_id.as_ref().map(|room_id| Privilege {
        room_id: room_id.clone(),
        login: !args.no_login,
        publish: !args.no_publish,
        stream_ids: (!args.stream_id.is_empty()).then(|| args.stream_id.clone()),
    });
    let payload = match (&privilege, &args.payload) {
        (Some(p), _) => p.to_payload(),
        (None, Some(raw)) => raw.clone(),
        (None, None) => String::new(),
    };
    // Check the arguments before reading a secret, so a typo is reported first.
    zego_token::validate_app_id(args.app_id).map_err(UserError::from)?;
    zego_token::expiry(now, effective_time).map_err(UserError::from)?;
    if let Some(user_id) = &args.user_id {
        zego_token::validate_user_id(user_id).map_err(UserError::from)?;
    }
    let ids_from_stdin = args.user_ids_from.as_deref() == Some(Path::new("-"));
    if ids_from_stdin && input::secret_uses_stdin(&args.secret) {
        return Err(UserError::usage(
            "the user ids and the ServerSecret cannot both come from stdin",
        )
        .hint("pass the secret with --secret-file PATH or ZEGO_SERVER_SECRET")
        .into());
    }
    let plan = Plan {
        grant: Grant {
            app_id: args.app_id,
            user_id: args.user_id.clone().unwrap_or_default(),
            effective_time,
            payload,
        },
        privilege,
        secret: input::required_secret(&args.secret)?,
        mode: match args.mode {
            ModeArg::Gcm => Mode::Gcm,
            ModeArg::Cbc => Mode::Cbc,
        },
        now,
        json: args.json,
    };
    match &args.user_ids_from {
        None => single(plan, out),
        Some(path) => batch(plan, path, out),
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
            "token for {} in app {}, {}, expires {} ({})",
            render::sanitize(&claims.user_id),
            claims.app_id,
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
                        write(out, &plan, &made)?;
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
    out.flush()?;
    if err.is_terminal() {
        writeln!(err, "{made_count} tokens, {invalid} invalid lines")?;
    }
    Ok(if invalid > 0 { Exit::Usage } else { Exit::Ok })
}

fn write(out: &mut impl Write, plan: &Plan, made: &Generated) -> anyhow::Result<()> {
    if plan.json {
        let view = json::Generated {
            token: &made.token,
            mode: plan.mode.as_str(),
            claims: &made.claims,
            privilege: plan.privilege.clone().map(Into::into),
        };
        serde_json::to_writer(&mut *out, &view)?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(made.token.as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
