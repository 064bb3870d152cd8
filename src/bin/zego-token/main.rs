//! The `zego-token` command: reads input, calls the `zego_token` core and
//! renders the result for people or scripts.

mod args;
mod decode;
mod exit;
mod explain;
mod generate;
mod input;
mod inspect;
mod json;
mod render;
mod verify;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::args::{Cli, Command};
use crate::exit::{Exit, UserError};

fn main() -> ExitCode {
    let cli = Cli::parse();
    render::init_color(cli.color);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = run(&cli.command, &mut out).and_then(|exit| {
        out.flush()?;
        Ok(exit)
    });
    match result {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => ExitCode::from(report(&e).code()),
    }
}

fn run(command: &Command, out: &mut impl Write) -> anyhow::Result<Exit> {
    match command {
        Command::Generate(args) => generate::run(args, out),
        Command::Decode(args) => decode::run(args, out),
        Command::Verify(args) => verify::run(args, out),
        Command::Explain(args) => explain::run(args, out),
        Command::Completions(args) => {
            clap_complete::generate(args.shell, &mut Cli::command(), "zego-token", out);
            Ok(Exit::Ok)
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            Ok(Exit::Ok)
        }
    }
}

/// Prints the one error line (and hint) and picks the exit code. A closed
/// stdout (`| head`) is not an error worth a word.
fn report(e: &anyhow::Error) -> Exit {
    let broken_pipe = e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return Exit::Ok;
    }
    let (exit, hint) = match e.downcast_ref::<UserError>() {
        Some(user) => (user.exit, user.hint.as_deref()),
        None => (Exit::Other, None),
    };
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "zego-token: error: {e:#}");
    if let Some(hint) = hint {
        let _ = writeln!(err, "  hint: {hint}");
    }
    exit
}
