//! `zego-token generate`: one token, or one per line of a user id list.

use std::io::{IsTerminal, Write};
use std::path::Path;

use rand::SeedableRng;
use rand::rngs::{StdRng, SysRng};
use zego_token::diagnose::{IdKind, Product, id_warnings};
use zego_token::{Mint, Minted, Privilege, Secret};

use crate::commands::batch;
use crate::exit::{Exit, UserError};
use crate::input::lines::{self, Line, Lines};
use crate::settings::time;
use crate::settings::{Generate, Output, Users};
use crate::views::human;
use crate::views::json;
use crate::views::json::PrivilegeJson;
use crate::views::qr::{self, Refusal};
use crate::views::render;

/// Longest line read from a user id list: far over the 64-byte limit, so an
/// over-long id is reported as such, but bounded.
const MAX_LINE: usize = 4096;

/// What every token of one run shares.
struct Plan {
    mint: Mint,
    privilege: Option<Privilege>,
    secret: Secret,
    now: i64,
    output: Output,
    /// `--qr`: draw the token on stderr too.
    qr: bool,
    /// The profile in use, named in the summary on a terminal.
    profile: Option<String>,
    /// The products whose id rules each user id is held to.
    id_products: Vec<Product>,
}

pub(crate) fn run(settings: Generate, out: &mut impl Write) -> anyhow::Result<Exit> {
    // The whole request is checked before the secret is read: the library
    // knows the rules, the command only reads the lifetime as typed.
    let seconds = time::lifetime(&settings.effective_time, settings.now)?;
    let mint = settings.mint.clone().effective_time(seconds);
    match &settings.users {
        Users::One(_) => mint.check(settings.now),
        Users::FromFile(_) => mint.check_shared(settings.now),
    }
    .map_err(UserError::from)?;
    if let Some(warning) = time::lifetime_warning(&settings.effective_time, seconds) {
        let _ = writeln!(std::io::stderr(), "{warning}");
    }
    let id_products = id_products(&settings);
    warn_about_ids(&settings, &id_products);
    let credentials = &settings.credentials;
    let ids_from_stdin =
        matches!(&settings.users, Users::FromFile(path) if path.as_path() == Path::new("-"));
    if ids_from_stdin && credentials.secret_from_stdin() {
        return Err(UserError::usage(
            "the user ids and the ServerSecret cannot both come from stdin",
        )
        .hint("pass the secret with --secret-file PATH or ZEGO_SERVER_SECRET")
        .into());
    }
    credentials.warn_if_mixed(settings.app_id_arg);
    let plan = Plan {
        mint,
        privilege: settings.privilege.clone(),
        secret: credentials.required_secret()?,
        now: settings.now,
        output: settings.output,
        qr: settings.qr,
        profile: credentials.profile().map(|p| p.name.clone()),
        id_products,
    };
    match &settings.users {
        Users::FromFile(path) => batch(plan, path, out),
        Users::One(user_id) => single(plan, user_id, out),
    }
}

fn single(plan: Plan, user_id: &str, out: &mut impl Write) -> anyhow::Result<Exit> {
    let made = plan
        .mint
        .build_for(user_id, &plan.secret, plan.now, &mut rand::rng())
        .map_err(UserError::from)?;
    // Drawn before anything is written: a code that cannot be drawn is an
    // error, and then stdout stays empty as for any other.
    let code = plan.qr.then(|| qr_code(&made.token)).transpose()?;
    let privilege = serde_json::to_vec(&plan.privilege.clone().map(PrivilegeJson::from))?;
    let mut text = Vec::new();
    render_line(
        &mut text,
        &plan,
        &made,
        &privilege,
        std::io::stdout().is_terminal(),
    )?;
    match out.write_all(&text).and_then(|()| out.flush()) {
        // The reader left (`| true`): the token was made all the same.
        Err(e) if batch::closed_pipe(&e) => return Ok(Exit::Ok),
        written => written?,
    }
    if let Some(code) = code {
        writeln!(std::io::stderr().lock(), "{code}")?;
    }
    if std::io::stderr().is_terminal() {
        // A reminder for people at a terminal; scripts read stdout only.
        let claims = &made.contents;
        let kit = if made.kit.is_some() {
            "kit token"
        } else {
            "token"
        };
        writeln!(
            std::io::stderr().lock(),
            "{kit} for {} in app {}{}, {} {}, expires {} ({}){}",
            render::sanitize(claims.user_id()),
            claims.app_id(),
            plan.profile
                .as_deref()
                .map(|name| format!(" (profile {})", render::sanitize(name)))
                .unwrap_or_default(),
            claims.version(),
            made.mode,
            render::local_time(claims.expire()),
            render::relative(claims.expire(), plan.now),
            claims
                .privilege()
                .map(|p| format!("; {}", human::privilege_line(&p)))
                .unwrap_or_default(),
        )?;
    }
    Ok(Exit::Ok)
}

/// The token as a QR code for stderr, or the usage error that says why it
/// cannot be drawn.
fn qr_code(token: &str) -> Result<String, UserError> {
    qr::draw(token, qr::stderr_columns()).map_err(|refusal| {
        let hint = match refusal {
            Refusal::TooLong { .. } => "shorten the payload or the stream list, or leave out --qr",
            Refusal::TooWide { .. } => "widen the terminal, or leave out --qr",
        };
        UserError::usage(refusal.message("the token")).hint(hint)
    })
}

fn batch(plan: Plan, path: &Path, out: &mut impl Write) -> anyhow::Result<Exit> {
    let reader =
        lines::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    // One OS-seeded CSPRNG for the run instead of a thread-local per token.
    let mut rng = StdRng::try_from_rng(&mut SysRng)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    let mut lines = Lines::new(reader, MAX_LINE);
    // Each line's `privilege` value, the same for the whole run.
    let privilege = serde_json::to_vec(&plan.privilege.clone().map(PrivilegeJson::from))?;
    let mut out_line = Vec::new();
    // At a terminal each token shows as soon as it is made.
    let interactive = std::io::stdout().is_terminal();
    let (mut made_count, mut invalid) = (0_u64, 0_u64);
    let mut err = std::io::stderr().lock();
    while let Some((number, line)) = lines.next_line()? {
        let problem = match line {
            Line::Text("") => continue,
            Line::Text(text) => {
                match plan
                    .mint
                    .build_for(text.trim(), &plan.secret, plan.now, &mut rng)
                {
                    Ok(made) => {
                        // Like a single token's: made all the same, with a
                        // warning naming the line.
                        for warning in
                            id_warnings(IdKind::User, made.contents.user_id(), &plan.id_products)
                        {
                            writeln!(err, "zego-token: warning: line {number}: {warning}")?;
                        }
                        render_line(&mut out_line, &plan, &made, &privilege, interactive)?;
                        let written = out.write_all(&out_line);
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
    if made_count + invalid == 0 {
        // An empty list is more likely a wrong path than a wish for nothing.
        writeln!(
            err,
            "zego-token: warning: the input held no user ids (only blank lines, or nothing)"
        )?;
    } else if err.is_terminal() {
        writeln!(err, "{made_count} tokens, {invalid} invalid lines")?;
    }
    Ok(verdict(invalid))
}

/// 2 when any line was not a valid user id.
fn verdict(invalid: u64) -> Exit {
    if invalid > 0 { Exit::Usage } else { Exit::Ok }
}

/// One token's line, newline included, in `text` (emptied first): the
/// token, its `--json` object (`privilege`: its JSON, the same for a whole
/// batch) or its `--format` template, with the values escaped for a
/// `terminal`.
fn render_line(
    text: &mut Vec<u8>,
    plan: &Plan,
    made: &Minted,
    privilege: &[u8],
    terminal: bool,
) -> serde_json::Result<()> {
    text.clear();
    match &plan.output {
        Output::Token => text.extend_from_slice(made.token.as_bytes()),
        // Written with its newline.
        Output::Json => return json::line::generated(text, made, privilege),
        Output::Template(template) => {
            let view = json::Generated::of(made, plan.privilege.as_ref());
            text.extend_from_slice(template.render(&view, terminal).as_bytes());
        }
    }
    text.push(b'\n');
    Ok(())
}

/// Warns on stderr about a user or room id that a product will refuse at
/// login (ZIM's 32 bytes, Express's character set; the UIKits' for a kit
/// token), naming the product and its error code: the token is still made.
fn warn_about_ids(settings: &Generate, products: &[Product]) {
    let mut found = Vec::new();
    if let Users::One(user_id) = &settings.users {
        found.extend(id_warnings(IdKind::User, user_id, products));
    }
    let kit_room = settings.kit.as_ref().and_then(Option::as_deref);
    let room = settings
        .privilege
        .as_ref()
        .map(|p| p.room_id.as_str())
        .or(kit_room);
    if let Some(room) = room {
        found.extend(id_warnings(IdKind::Room, room, products));
    }
    let mut err = std::io::stderr().lock();
    for warning in found {
        let _ = writeln!(err, "zego-token: warning: {warning}");
    }
}

/// The products a token's ids must suit: Express and ZIM, and the UIKits'
/// rules for a kit token.
fn id_products(settings: &Generate) -> Vec<Product> {
    let mut products = vec![Product::Express, Product::Zim];
    if settings.kit.is_some() {
        products.push(Product::UiKit);
    }
    products
}
