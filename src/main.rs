//! The `newsgraph` command: all work happens in the library and in `cli`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
