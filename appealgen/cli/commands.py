"""The ``appealgen`` commands: parse options, call one library function, print.

Every command maps ``AppealgenError`` to one line on stderr and exit status 1
(``handle_errors``); click's usage errors exit with 2. No traceback reaches a user.
The entry point, ``main``, is in ``appealgen.cli``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from . import EXIT_INPUT, fail_line, handle_errors, read_notice
from .options import report_written as report_written  # the commands that write letters

# Commands that load (and validate) only the data files they use, when they use them;
# every other command validates the whole knowledge base before it starts.
LAZY_DATA_COMMANDS = frozenset({"parse", "check"})

# The commands kept in their own modules under ``appealgen/cli/``: name -> (module,
# attribute). A module is imported when one of its commands runs or help lists them,
# so ``appealgen parse`` does not import the modules of batch, web or the case log.
MODULE_COMMANDS = {
    "explain": ("letters", "explain"),
    "generate": ("letters", "generate"),
    "prepare": ("letters", "prepare"),
    "profile": ("user_files", "profile_group"),
    "templates": ("user_files", "templates_group"),
    "batch": ("folder", "batch"),
    "web": ("page", "web"),
    "learn": ("layouts", "learn_command"),
    "layouts": ("layouts", "layouts_group"),
    "cases": ("cases", "cases_cmd"),
    "outcome": ("cases", "outcome_cmd"),
    "report": ("cases", "report_cmd"),
    "outcomes": ("cases", "outcomes_group"),
    "review": ("review", "review"),
}


class _Commands(click.Group):
    """A group that imports a command's module when the command is first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *MODULE_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in MODULE_COMMANDS:
            module, attr = MODULE_COMMANDS[cmd_name]
            command = getattr(importlib.import_module(f"{__package__}.{module}"), attr)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="appealgen")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn a denied lactation-care claim into the letters that get it paid.

    \b
    Read a denial, see what to do, write the letters:
      appealgen parse samples/northwind_eob_out_of_network.pdf
      appealgen explain samples/northwind_eob_out_of_network.pdf
      appealgen generate samples/northwind_eob_out_of_network.pdf -o out/

    \b
    A billing office with a folder of denials:
      appealgen batch denials/ -o out/ --as provider --profile practice.toml

    Everything runs on this computer; nothing is sent anywhere.
    """
    if ctx.invoked_subcommand in LAZY_DATA_COMMANDS:
        return  # a data file it reads still stops it with its file and line
    from .. import knowledge
    from ..errors import KnowledgeError

    try:
        knowledge.load_all()  # a mistake in a data file stops here, with its file and line
    except KnowledgeError as e:
        fail_line(e.one_line())
        sys.exit(EXIT_INPUT)


# --------------------------------------------------------------------------
# parse


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON document.")
@handle_errors
def parse(file: Path, as_json: bool) -> None:
    """Read one EOB, denial letter or 835 file and show what it says.

    \b
    Examples:
      appealgen parse denial.pdf            # a readable summary
      appealgen parse denial.pdf --json     # the JSON document, for scripts
    """
    click.echo(read_notice(file, as_json))


# --------------------------------------------------------------------------
# check


@cli.command()
@handle_errors
def check() -> None:
    """Validate every data file of the knowledge base, and say how many were read.

    Codes, categories, arguments, citations, venues, deadlines, tracks and the
    reader's rules are read again from their files, whatever was remembered
    from earlier runs. A mistake stops here with its file and line.

    \b
    Example:
      appealgen check
    """
    from .. import knowledge

    files = knowledge.validate_all()
    click.echo(f"{len(files)} data files checked: no problems found")
