//! The `zego-token` command: parses the arguments (`args`), resolves them
//! into typed settings (`settings`) and runs the subcommand (`commands`),
//! which reads `input`, calls the `zego_token` core and shows the result
//! through `views`, for people or scripts.

mod args;
mod commands;
mod env;
mod exit;
mod input;
mod settings;
mod views;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::FromArgMatches as _;

use crate::args::{Cli, ColorChoice, Command, ProfileFlags};
use crate::exit::{Exit, UserError};

fn main() -> ExitCode {
    let cli = match args::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    views::render::init_color(match cli.color {
        ColorChoice::Always => Some(true),
        ColorChoice::Never => Some(false),
        ColorChoice::Auto => None,
    });
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = run(&cli.command, &cli.profile, &mut out).and_then(|exit| match out.flush() {
        // The verdict stands when the reader left early (`| head -1`).
        Err(e) if commands::batch::closed_pipe(&e) => Ok(exit),
        flushed => Ok(flushed.map(|()| exit)?),
    });
    match result {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => ExitCode::from(report(&e).code()),
    }
}

fn run(command: &Command, profile: &ProfileFlags, out: &mut impl Write) -> anyhow::Result<Exit> {
    match command {
        Command::Generate(args) => commands::generate::run(settings::generate(args, profile)?, out),
        Command::Decode(args) => commands::decode::run(settings::decode(args, profile)?, out),
        Command::Verify(args) => commands::verify::run(settings::verify(args, profile)?, out),
        Command::Profile(args) => commands::profile::run(settings::profile(args)?, out),
        Command::Explain(args) => commands::explain::run(&settings::explain(args), out),
        Command::Completions(args) => {
            clap_complete::generate(args.shell, &mut args::command(), "zego-token", out);
            Ok(Exit::Ok)
        }
        Command::Man => {
            man(out)?;
            Ok(Exit::Ok)
        }
        Command::Serve(args) => commands::serve::run(settings::serve(args, profile)?),
        Command::Sign(args) => commands::sign::run(settings::sign(args, profile)?, out),
        Command::Callback(args) => commands::callback::run(settings::callback(args, profile)?, out),
        Command::Cdn(args) => commands::cdn::run(settings::cdn(args)?, out),
    }
}

/// The man page: the top level, then a page for every subcommand (and
/// theirs), in one roff document, so the `zego-token-generate(1)` the top
/// level refers to is there with every option.
fn man(out: &mut impl Write) -> std::io::Result<()> {
    fn pages(command: &clap::Command, out: &mut impl Write) -> std::io::Result<()> {
        clap_mangen::Man::new(command.clone())
            .source(concat!("zego-token ", env!("CARGO_PKG_VERSION")))
            .render(out)?;
        for sub in command.get_subcommands() {
            if sub.get_name() != "help" && !sub.is_hide_set() {
                pages(sub, out)?;
            }
        }
        Ok(())
    }
    // No `help` subcommand: a page for it would only say to use --help.
    let mut command = args::command().disable_help_subcommand(true);
    let parents: Vec<String> = command
        .get_subcommands()
        .filter(|s| s.has_subcommands())
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in parents {
        command = command.mut_subcommand(name, |s| s.disable_help_subcommand(true));
    }
    // Built, each subcommand has its full name (zego-token-generate) and
    // the global options.
    command.build();
    pages(&command, out)
}

/// clap's errors in this tool's shape: one `error:` line, then a hint.
/// Help and version requests print as clap renders them.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::from(if e.use_stderr() {
            Exit::Usage.code()
        } else {
            Exit::Ok.code()
        });
    }
    let argv: Vec<_> = std::env::args_os().collect();
    let args::Usage { message, hints } = args::reword(e, &args::command(), &argv);
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "zego-token: error: {message}");
    let _ = writeln!(err, "  hint: {}", hints.join("; "));
    ExitCode::from(Exit::Usage.code())
}

/// Prints the one error line (and hint) and picks the exit code. A closed
/// stdout (`| head`) is not an error worth a word.
fn report(e: &anyhow::Error) -> Exit {
    let broken_pipe = e.chain().any(|cause| {
        let kind = match cause.downcast_ref::<serde_json::Error>() {
            Some(json) => json.io_error_kind(),
            None => cause
                .downcast_ref::<std::io::Error>()
                .map(std::io::Error::kind),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return Exit::Ok;
    }
    let (exit, hint) = match e.downcast_ref::<UserError>() {
        Some(user) => (user.exit, user.hint.as_deref()),
        None => (Exit::Other, None),
    };
    // Escaped here as well as where each part is made: a message may
    // carry a path or a name from a config file to the terminal.
    let mut err = std::io::stderr().lock();
    let message = format!("{e:#}");
    let _ = writeln!(
        err,
        "zego-token: error: {}",
        views::render::escape(&message)
    );
    if let Some(hint) = hint {
        let _ = writeln!(err, "  hint: {}", views::render::escape(hint));
    }
    exit
}
