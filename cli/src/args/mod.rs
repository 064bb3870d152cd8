//! Command-line arguments: what the user typed, before any validation that
//! needs the core.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use zego_token::Right;

mod callback;
mod cdn;
mod common;
mod generate;
mod profile;
mod serve;
mod sign;
mod usage;

use callback::CALLBACK_HELP;
pub(crate) use callback::{
    CallbackArgs, CallbackCommand, CallbackSecretArgs, CallbackSignArgs, CallbackVerifyArgs,
};
use cdn::CDN_HELP;
pub(crate) use cdn::{CdnArgs, CdnCheckArgs, CdnCommand, CdnKeyArgs, CdnSignArgs};
pub(crate) use common::SecretArgs;
use generate::GENERATE_EXAMPLES;
pub(crate) use generate::GenerateArgs;
use profile::PROFILE_HELP;
pub(crate) use profile::{ProfileArgs, ProfileCommand};
use serve::SERVE_EXAMPLES;
pub(crate) use serve::ServeArgs;
use sign::SIGN_EXAMPLES;
pub(crate) use sign::SignArgs;
pub(crate) use usage::{Usage, reword};

use crate::env::{APP_ID_ENV, SECRET_ENV};

const EXIT_CODES: &str = "\
Exit codes:
  0  success (verify: the token is valid)
  1  other error (unreadable file, I/O)
  2  invalid arguments
  3  malformed token, or claims a faulty generator built wrong; sign --check, callback verify, cdn check: malformed request, body or URL
  4  untrusted token (wrong ServerSecret, altered, header and claims disagree); wrong signature
  5  expired or not yet valid; a stale request or callback; an expired CDN URL
  6  an expectation differs (app id, user id, room, privilege, kit suffix)";

/// The heading of the global options, which clap then lists after each
/// page's own options instead of among them.
const GLOBAL: &str = "Global options";

/// The global options that mean nothing to a subcommand, hidden from its
/// help (clap gives every subcommand every global option).
const MEANINGLESS: &[(&str, &[&str])] = &[
    ("explain", &["profile", "no_profile"]),
    ("completions", &["color", "profile", "no_profile"]),
    ("man", &["color", "profile", "no_profile"]),
    ("cdn", &["profile", "no_profile"]),
];

/// The command line as parsed, helped and documented: [`Cli`] with the
/// global options hidden where they mean nothing.
pub(crate) fn command() -> clap::Command {
    use clap::CommandFactory as _;
    let mut command = Cli::command();
    let globals: Vec<clap::Arg> = command
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    // clap copies a global option into a subcommand only if that has none
    // of its name: a hidden copy given first stays hidden.
    for (name, hidden) in MEANINGLESS {
        command = command.mut_subcommand(*name, |mut sub| {
            for arg in globals
                .iter()
                .filter(|a| hidden.contains(&a.get_id().as_str()))
            {
                sub = sub.arg(arg.clone().hide(true));
            }
            sub
        });
    }
    command
}

#[derive(Debug, Parser)]
#[command(
    name = "zego-token",
    version,
    about = "Generate, decode and verify ZEGOCLOUD authentication tokens (Token04, Token03, UIKit kit tokens)",
    after_help = format!("{EXIT_CODES}\n\nThe ServerSecret comes from --secret, --secret-file or {SECRET_ENV}; \
the AppID from --app-id or {APP_ID_ENV}; either, and defaults, from a profile (see 'zego-token profile --help')."),
    propagate_version = true
)]
pub(crate) struct Cli {
    /// When to color the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, help_heading = GLOBAL)]
    pub(crate) color: ColorChoice,

    #[command(flatten)]
    pub(crate) profile: ProfileFlags,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Which credential profile to use, for every subcommand.
#[derive(Debug, Args)]
pub(crate) struct ProfileFlags {
    /// Take the AppID, the secrets (the ServerSecret; for `callback`, the
    /// CallbackSecret) and defaults from this profile (else ZEGO_PROFILE,
    /// else the config's default); flags and the environment still win.
    #[arg(long, value_name = "NAME", global = true, help_heading = GLOBAL)]
    pub(crate) profile: Option<String>,

    /// Use no profile, not even the default one.
    #[arg(long, global = true, conflicts_with = "profile", help_heading = GLOBAL)]
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
    /// Explain a ZEGO SDK error code about tokens, or a server API code about signatures.
    #[command(
        after_help = "Examples:\n  zego-token explain 1002078\n  zego-token explain 6000103\n  zego-token explain 100000005\n  zego-token explain --list\n  zego-token explain --json 1102016"
    )]
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
    /// Sign a server API request (print its public parameters or URL), or check one.
    #[command(after_help = SIGN_EXAMPLES)]
    Sign(SignArgs),
    /// Sign or verify the callbacks ZEGO posts to an app server.
    #[command(after_help = CALLBACK_HELP)]
    Callback(CallbackArgs),
    /// Sign or check CDN URL authentication (Tencent, Wangsu, Huawei).
    #[command(after_help = CDN_HELP)]
    Cdn(CdnArgs),
}

const DECODE_EXAMPLES: &str = "\
Examples:
  zego-token decode \"$TOKEN\"                            # header only: mode, expiry, IV
  zego-token decode --secret-file secret.txt \"$TOKEN\"   # every claim and the privileges
  pbpaste | zego-token decode --json
  zego-token decode --batch --json --input tokens.txt
  zego-token decode --secret-file secret.txt \"$KIT_TOKEN\"   # a kit token: suffix and token

Reads Token04, Token03 and UIKit kit tokens (TOKEN#SUFFIX).
Decoding is not a judgement: an expired token decodes with exit 0 (see verify).
Exit codes: 0 decoded, 3 malformed, 4 untrusted, 1 and 2 as elsewhere.";

const VERIFY_EXAMPLES: &str = "\
Examples:
  zego-token verify --secret-file secret.txt --app-id 1 --user-id demo \"$TOKEN\"
  zego-token verify --room-id room1 --require publish \"$TOKEN\"
  zego-token verify -q \"$TOKEN\" && echo ok
  zego-token verify --batch --app-id 1 < tokens.txt
  zego-token verify --now 2026-11-30T12:00:00Z --leeway 30s --json \"$TOKEN\"
  zego-token verify --user-id alice \"$KIT_TOKEN\"   # the suffix must name the user and app

Exit codes: 0 valid; 3 malformed or invalid claims (a faulty generator);
4 untrusted; 5 expired or not yet valid;
6 an expectation differs. With several failures, the first of 3, 4, 6, 5;
with --batch, the gravest failure of any line (0 when every token is valid).";

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

    /// The AppSign (64 hex characters), only to name a token a faulty
    /// generator encrypted with it; never printed (prefer --app-sign-file
    /// or ZEGO_APP_SIGN).
    #[arg(long, value_name = "APPSIGN", conflicts_with = "app_sign_file")]
    pub(crate) app_sign: Option<String>,

    /// Read the AppSign from a file (`-`: stdin).
    #[arg(long, value_name = "PATH")]
    pub(crate) app_sign_file: Option<PathBuf>,

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

    /// Print the decrypted claims exactly as the generator wrote them (needs
    /// the ServerSecret).
    #[arg(long, conflicts_with_all = ["json", "batch"])]
    pub(crate) raw: bool,
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
    #[arg(long, value_parser = common::right(), value_name = "PRIVILEGE")]
    pub(crate) require: Vec<Right>,

    /// Clock difference to forgive at both ends of the lifetime.
    #[arg(long, value_name = "DURATION", default_value = "0")]
    pub(crate) leeway: String,

    /// Print nothing; only set the exit code.
    #[arg(short, long, conflicts_with = "json")]
    pub(crate) quiet: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The error code an SDK or a server API reported.
    #[arg(
        value_name = "CODE",
        required_unless_present = "list",
        conflicts_with = "list"
    )]
    pub(crate) code: Option<String>,

    /// List every code known, sorted by code.
    #[arg(long)]
    pub(crate) list: bool,

    /// Print JSON: one object per code (`code`, `source`, `meaning`,
    /// `causes`, `check`, `fix`), an array with --list.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}
