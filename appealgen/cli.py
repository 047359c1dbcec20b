"""The ``appealgen`` command: parse options, call one library function, print.

Every command maps ``AppealgenError`` to one line on stderr and exit status 1;
click's usage errors exit with 2. No traceback reaches a user.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .errors import AppealgenError

EXIT_OK = 0
EXIT_INPUT = 1


def fail_line(message: str) -> None:
    click.echo(f"appealgen: {message}", err=True)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn AppealgenError (and any unexpected error) into one line on stderr, exit 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AppealgenError as e:
            fail_line(e.one_line())
            sys.exit(EXIT_INPUT)
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException):
            raise
        except MemoryError:
            fail_line("out of memory while reading the file")
            sys.exit(EXIT_INPUT)
        except Exception as e:  # noqa: BLE001 - last line of defence: never a traceback
            fail_line(f"internal error ({type(e).__name__}: {' '.join(str(e).split())[:200]})")
            sys.exit(EXIT_INPUT)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="appealgen")
def cli() -> None:
    """Turn a denied lactation-care claim into the letters that get it paid.

    \b
    Read a denial, see what to do, write the letters:
      appealgen parse samples/national_member_eob.pdf
      appealgen explain samples/national_member_eob.pdf
      appealgen generate samples/national_member_eob.pdf -o out/

    \b
    A billing office with a folder of denials:
      appealgen batch denials/ -o out/ --as provider --profile practice.toml

    Everything runs on this computer; nothing is sent anywhere.
    """


# --------------------------------------------------------------------------
# parse


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON document.")
@handle_errors
def parse(file: Path, as_json: bool) -> None:
    """Read one EOB, denial letter or 835 file and show what it says.

    \b
    Examples:
      appealgen parse denial.pdf            # a readable summary
      appealgen parse denial.pdf --json     # the JSON document, for scripts
    """
    from .api import parse_file
    from .read.summary import format_parse

    result = parse_file(file)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_parse(result))


# --------------------------------------------------------------------------
# explain  (decide stage)

# --------------------------------------------------------------------------
# generate, prepare, profile, templates  (write stage)

# --------------------------------------------------------------------------
# batch


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="appealgen")


if __name__ == "__main__":
    main()
