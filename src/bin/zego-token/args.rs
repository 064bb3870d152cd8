//! Command-line arguments: what the user typed, before any validation that
//! needs the core.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Environment variable holding the ServerSecret.
pub(crate) const SECRET_ENV: &str = "ZEGO_SERVER_SECRET";
/// Environment variable holding the AppID.
pub(crate) const APP_ID_ENV: &str = "ZEGO_APP_ID";
/// Environment variable holding the access key of `serve`.
pub(crate) const ACCESS_KEY_ENV: &str = "ZEGO_TOKEN_ACCESS_KEY";

const EXIT_CODES: &str = "\
Exit codes:
  0  success (verify: the token is valid)
  1  other error (unreadable file, I/O)
  2  invalid arguments
  3  malformed token (not a Token04)
  4  untrusted token (wrong ServerSecret, altered, header and claims disagree)
  5  expired or not yet valid
  6  an expectation differs (app id, user id, room, privilege)";

#[derive(Debug, Parser)]
#[command(
    name = "zego-token",
    version,
    about = "Generate, decode and verify ZEGOCLOUD Token04 authentication tokens",
    after_help = format!("{EXIT_CODES}\n\nThe ServerSecret comes from --secret, --secret-file or {SECRET_ENV}; \
the AppID from --app-id or {APP_ID_ENV}; either, and defaults, from a profile (see 'zego-token profile --help')."),
    propagate_version = true
)]
pub(crate) struct Cli {
    /// When to color the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub(crate) color: ColorChoice,

    #[command(flatten)]
    pub(crate) profile: ProfileFlags,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Which credential profile to use, for every subcommand.
#[derive(Debug, Args)]
pub(crate) struct ProfileFlags {
    /// Take the AppID, the ServerSecret and defaults from this profile
    /// (else ZEGO_PROFILE, else the config's default); flags and the
    /// environment still win.
    #[arg(long, value_name = "NAME", global = true)]
    pub(crate) profile: Option<String>,

    /// Use no profile, not even the default one.
    #[arg(long, global = true, conflicts_with = "profile")]
    pub(crate) no_profile: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Color when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Mint a token for a user.
    #[command(after_help = GENERATE_EXAMPLES)]
    Generate(GenerateArgs),
    /// Show what a token holds; with the ServerSecret, its claims too.
    #[command(after_help = DECODE_EXAMPLES)]
    Decode(DecodeArgs),
    /// Check a token and explain every reason it would be rejected.
    #[command(after_help = VERIFY_EXAMPLES)]
    Verify(VerifyArgs),
    /// Explain a ZEGO SDK error code about tokens.
    #[command(after_help = "Examples:\n  zego-token explain 1002078\n  zego-token explain 6000103")]
    Explain(ExplainArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  zego-token completions bash > ~/.local/share/bash-completion/completions/zego-token\n  zego-token completions zsh > ~/.zfunc/_zego-token"
    )]
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    #[command(after_help = "Example:\n  zego-token man > zego-token.1 && man ./zego-token.1")]
    Man,
    /// Name an app's AppID and ServerSecret once: add, list, remove profiles.
    #[command(after_help = PROFILE_HELP)]
    Profile(ProfileArgs),
    /// Serve tokens over HTTP for apps in development, with a Token Assistant page.
    #[command(after_help = SERVE_EXAMPLES)]
    Serve(ServeArgs),
}

const GENERATE_EXAMPLES: &str = "\
Examples:
  zego-token generate --app-id 1 --user-id demo --secret fa94dd0f974cf2e293728a526b028271
  ZEGO_SERVER_SECRET=... zego-token generate --app-id 1 --user-id demo --ttl 30m
  zego-token generate --app-id 1 --user-id demo --secret-file secret.txt --room-id room1 --no-publish
  TOKEN=$(zego-token generate --app-id 1 --user-id demo --secret-file secret.txt)
  zego-token generate --app-id 1 --secret-file secret.txt --user-ids-from users.txt > tokens.txt

stdout holds exactly the token and a newline (with --json, one JSON object).";

const DECODE_EXAMPLES: &str = "\
Examples:
  zego-token decode \"$TOKEN\"                        header only: mode, expiry, IV
  zego-token decode --secret-file secret.txt \"$TOKEN\"   every claim and the privileges
  pbpaste | zego-token decode --json
  zego-token decode --batch --json --input tokens.txt

Decoding is not a judgement: an expired token decodes with exit 0 (see verify).
Exit codes: 0 decoded, 3 malformed, 4 untrusted, 1 and 2 as elsewhere.";

const VERIFY_EXAMPLES: &str = "\
Examples:
  zego-token verify --secret-file secret.txt --app-id 1 --user-id demo \"$TOKEN\"
  zego-token verify --room-id room1 --require publish \"$TOKEN\"
  zego-token verify -q \"$TOKEN\" && echo ok
  zego-token verify --batch --app-id 1 < tokens.txt
  zego-token verify --now 2026-11-30T12:00:00Z --leeway 30s --json \"$TOKEN\"

Exit codes: 0 valid; 3 malformed; 4 untrusted; 5 expired or not yet valid;
6 an expectation differs. With several failures, the first of 3, 4, 6, 5.";

/// Where the ServerSecret comes from. The environment is read only when
/// neither flag is given.
#[derive(Debug, Args)]
pub(crate) struct SecretArgs {
    /// The 32-character ServerSecret (visible to other users in `ps`: prefer
    /// --secret-file or ZEGO_SERVER_SECRET on shared machines).
    #[arg(long, value_name = "SECRET", conflicts_with = "secret_file")]
    pub(crate) secret: Option<String>,

    /// Read the ServerSecret from a file (a trailing newline is ignored);
    /// `-` reads it from stdin.
    #[arg(long, value_name = "PATH")]
    pub(crate) secret_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// The AppID from the ZEGOCLOUD console (or from the profile).
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    /// The user the token is for (1 to 64 bytes).
    #[arg(long, value_name = "ID", required_unless_present = "user_ids_from")]
    pub(crate) user_id: Option<String>,

    /// Mint one token per user id read from a file (`-`: stdin), one id per
    /// line, blank lines skipped; prints one token (or JSON object) per line.
    #[arg(long, value_name = "FILE", conflicts_with = "user_id")]
    pub(crate) user_ids_from: Option<PathBuf>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// How long the token lives: seconds (3600) or with a unit (90s, 30m, 2h,
    /// 7d) [default: the profile's, else 1h].
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// A raw payload string, put in the token as it is.
    #[arg(long, value_name = "STRING", conflicts_with = "room_id")]
    pub(crate) payload: Option<String>,

    /// Make a privilege token for this room (login and publish allowed unless denied).
    #[arg(long, value_name = "ID")]
    pub(crate) room_id: Option<String>,

    /// Deny logging in to the room.
    #[arg(long, requires = "room_id")]
    pub(crate) no_login: bool,

    /// Deny publishing streams.
    #[arg(long, requires = "room_id")]
    pub(crate) no_publish: bool,

    /// A stream the user may publish (repeatable); without it, any stream.
    #[arg(long, value_name = "ID", requires = "room_id")]
    pub(crate) stream_id: Vec<String>,

    /// The cipher mode: gcm (current) or cbc (legacy, unauthenticated)
    /// [default: the profile's, else gcm].
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,

    /// The creation time instead of the clock: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,

    /// Print one JSON object instead of the bare token.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ModeArg {
    /// AES-256-GCM, authenticated.
    Gcm,
    /// AES-256-CBC, legacy and not authenticated.
    Cbc,
}

/// The token and options shared by decode and verify.
#[derive(Debug, Args)]
pub(crate) struct InspectArgs {
    /// The token; `-` or nothing reads it from stdin.
    #[arg(value_name = "TOKEN", conflicts_with = "batch")]
    pub(crate) token: Option<String>,

    /// Read many tokens, one per line, and print one result per line.
    #[arg(long)]
    pub(crate) batch: bool,

    /// With --batch: read the tokens from FILE instead of stdin.
    #[arg(long, value_name = "FILE", requires = "batch")]
    pub(crate) input: Option<PathBuf>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// Evaluate times as if it were then: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,

    /// Print one JSON object.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct DecodeArgs {
    #[command(flatten)]
    pub(crate) inspect: InspectArgs,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    #[command(flatten)]
    pub(crate) inspect: InspectArgs,

    /// The AppID the token must be for (else the profile's, if any).
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    /// The user the token must be for.
    #[arg(long, value_name = "ID")]
    pub(crate) user_id: Option<String>,

    /// The room its privilege payload must name.
    #[arg(long, value_name = "ID")]
    pub(crate) room_id: Option<String>,

    /// A privilege the payload must allow (repeatable).
    #[arg(long, value_enum, value_name = "PRIVILEGE")]
    pub(crate) require: Vec<RightArg>,

    /// Clock difference to forgive at both ends of the lifetime.
    #[arg(long, value_name = "DURATION", default_value = "0")]
    pub(crate) leeway: String,

    /// Print nothing; only set the exit code.
    #[arg(short, long, conflicts_with = "json")]
    pub(crate) quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum RightArg {
    /// Log in to the room.
    Login,
    /// Publish streams.
    Publish,
}

#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The SDK error code, e.g. 1002078.
    #[arg(value_name = "CODE")]
    pub(crate) code: String,
}

const PROFILE_HELP: &str = "\
Examples:
  zego-token profile add dev --app-id 1234567 --secret-file ~/.zego/dev.secret --ttl 2h
  pbpaste | zego-token profile add prod --app-id 7654321     (the secret is saved in the config)
  zego-token profile list
  zego-token profile default prod
  zego-token --profile dev generate --user-id alice
  ZEGO_PROFILE=prod zego-token verify \"$TOKEN\"

The config file is ZEGO_TOKEN_CONFIG, else zego-token/config.toml in the
config directory ($XDG_CONFIG_HOME or ~/.config on Linux). It is TOML, one
table per profile, and is written atomically, readable by its owner only:

  default = \"dev\"

  [profiles.dev]
  app_id = 1234567
  secret_file = \"~/.zego/dev.secret\"   # or: secret = \"...\" (the file must be private)
  effective_time = \"2h\"               # optional defaults for generate
  mode = \"gcm\"

A relative secret_file is relative to the config file's directory.
Precedence: flags > environment (ZEGO_APP_ID, ZEGO_SERVER_SECRET) > profile >
built-in defaults. The profile is --profile, else ZEGO_PROFILE, else the
config's default; --no-profile uses none.";

#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    #[command(subcommand)]
    pub(crate) command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ProfileCommand {
    /// Save a profile: an AppID, where its ServerSecret is, and defaults.
    Add(ProfileAddArgs),
    /// List the profiles and where their secrets come from (never the secrets).
    #[command(visible_alias = "ls")]
    List,
    /// Delete a profile (its secret file stays).
    #[command(visible_alias = "rm")]
    Remove(ProfileNameArgs),
    /// Choose the profile used when none is named; without NAME, print it.
    Default(ProfileDefaultArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ProfileAddArgs {
    /// The profile's name: letters, digits, `-` and `_`.
    #[arg(value_name = "NAME")]
    pub(crate) name: String,

    /// The AppID from the ZEGOCLOUD console.
    #[arg(long, value_name = "N")]
    pub(crate) app_id: u32,

    /// The file holding the ServerSecret: its path is saved, not the secret
    /// (preferred). Without it, the secret is read from stdin or asked for,
    /// and saved in the config file.
    #[arg(long, value_name = "PATH")]
    pub(crate) secret_file: Option<PathBuf>,

    /// Save no secret: it will come from --secret, --secret-file or
    /// ZEGO_SERVER_SECRET.
    #[arg(long, conflicts_with = "secret_file")]
    pub(crate) no_secret: bool,

    /// The default lifetime of tokens made with this profile.
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// The default cipher mode of tokens made with this profile.
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,

    /// Make it the default profile (the first profile always is).
    #[arg(long)]
    pub(crate) default: bool,

    /// Replace the profile of that name, if there is one.
    #[arg(long)]
    pub(crate) force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ProfileNameArgs {
    /// The profile's name.
    #[arg(value_name = "NAME")]
    pub(crate) name: String,
}

#[derive(Debug, Args)]
pub(crate) struct ProfileDefaultArgs {
    /// The profile to use when none is named.
    #[arg(value_name = "NAME")]
    pub(crate) name: Option<String>,

    /// Have no default profile.
    #[arg(long, conflicts_with = "name")]
    pub(crate) unset: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

const SERVE_EXAMPLES: &str = "\
Examples:
  zego-token serve --app-id 1 --secret-file secret.txt
  curl 'http://127.0.0.1:8787/token?user_id=alice&effective_time=30m'
  zego-token serve --app-id 1 --cors-origin http://localhost:5173
  zego-token serve --listen 0.0.0.0:8787 --app-id 1     (prints a generated access key)

Endpoints: GET / (the Token Assistant page), GET /token?user_id=..., POST /api/verify,
POST /api/decode, GET /healthz. The ServerSecret stays in the server.
Ctrl-C or SIGTERM stops it after the requests in flight.";

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The address and port to listen on (a bare PORT or localhost:PORT is
    /// on 127.0.0.1). Any address but loopback needs an access key (one is
    /// generated when --access-key is not given).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8787", value_parser = listen_address)]
    pub(crate) listen: SocketAddr,

    /// The AppID of tokens whose request names none (else the profile's).
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// The lifetime of tokens whose request names none: seconds or with a
    /// unit (90s, 30m, 2h, 7d) [default: the profile's, else 1h].
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// The cipher mode of tokens whose request names none
    /// [default: the profile's, else gcm].
    #[arg(long, value_enum)]
    pub(crate) mode: Option<ModeArg>,

    /// Require `Authorization: Bearer KEY` on /token and /api/* (at least 16
    /// characters).
    #[arg(long, value_name = "KEY", env = ACCESS_KEY_ENV, hide_env_values = true)]
    pub(crate) access_key: Option<String>,

    /// A web origin allowed to call the API from a browser, e.g.
    /// http://localhost:5173 (repeatable); no CORS headers without one.
    #[arg(long, value_name = "ORIGIN")]
    pub(crate) cors_origin: Vec<String>,
}

/// `ADDR:PORT`, `localhost:PORT` or a bare `PORT`, the last two on 127.0.0.1.
fn listen_address(text: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse() {
        return Ok(addr);
    }
    let port = text.strip_prefix("localhost:").unwrap_or(text);
    port.parse::<u16>()
        .map(|port| SocketAddr::from(([127, 0, 0, 1], port)))
        .map_err(|_| {
            "expected ADDR:PORT, e.g. 127.0.0.1:8787 (this machine only) or 0.0.0.0:8787 \
             (all networks), or a port"
                .to_owned()
        })
}
