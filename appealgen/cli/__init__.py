"""The ``appealgen`` command line: its entry point and the error handling every command shares.

The commands are click commands (``appealgen.cli.commands`` and the modules beside it).
``appealgen parse FILE [--json]`` as it is usually typed runs without them: a notice is
read without loading the command-line library, with the same output, the same one-line
errors and the same exit status. Every other command line, ``--help`` included, goes to
click.

Every command maps ``AppealgenError`` to one line on stderr and exit status 1;
click's usage errors exit with 2. No traceback reaches a user.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_INPUT = 1

# what ``click.echo`` takes out of text written to anything but a terminal
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def _echo(text: str, *, err: bool = False) -> None:
    """``text`` and a newline on stdout (stderr), as ``click.echo`` writes it."""
    stream = sys.stderr if err else sys.stdout
    if not stream.isatty():
        text = _ANSI.sub("", text)
    stream.write(text + "\n")
    stream.flush()


def fail_line(message: str) -> None:
    _echo(f"appealgen: {message}", err=True)


def _click_exit(e: BaseException) -> bool:
    """Whether ``e`` is click's own way out (``--help``, a usage error): click handles it."""
    click = sys.modules.get("click")
    return click is not None and isinstance(e, (click.exceptions.Exit, click.ClickException))


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn AppealgenError (and any unexpected error) into one line on stderr, exit 1."""
    from ..errors import AppealgenError

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AppealgenError as e:
            fail_line(e.one_line())
            sys.exit(EXIT_INPUT)
        except KeyboardInterrupt:
            raise
        except MemoryError:
            fail_line("out of memory while reading the file")
            sys.exit(EXIT_INPUT)
        except Exception as e:  # noqa: BLE001 - last line of defence: never a traceback
            if _click_exit(e):
                raise
            fail_line(f"internal error ({type(e).__name__}: {' '.join(str(e).split())[:200]})")
            sys.exit(EXIT_INPUT)

    return wrapper


def notice_text(path: str, as_json: bool) -> str:
    """What ``appealgen parse`` prints for the notice at ``path``: the readable summary, or
    the contract's JSON document. Runs in the reading child, which sends back only the text.
    The summary shows no evidence, so only the JSON document has it worked out."""
    from ..api import parse_file

    result = parse_file(path, with_evidence=as_json)
    if as_json:
        import json

        return json.dumps(result.to_dict(), indent=2, ensure_ascii=False)
    from ..read.summary import format_parse

    return format_parse(result)


def read_notice(file: Path, as_json: bool) -> str:
    """``notice_text`` in a child, under the read's time limit and memory ceiling."""
    from ..isolate import run

    path = os.fspath(file)
    return str(run(notice_text, path, as_json, file=path))


@handle_errors
def _parse_command(file: Path, as_json: bool) -> None:
    _echo(read_notice(file, as_json))


def _plain_parse(argv: list[str]) -> tuple[Path, bool] | None:
    """``(FILE, --json given)`` for ``parse FILE`` with at most ``--json`` beside it, else None."""
    if not argv or argv[0] != "parse" or len(argv) > 3:
        return None
    rest = argv[1:]
    as_json = rest.count("--json") == 1 and len(rest) == 2
    files = [a for a in rest if a != "--json"]
    if len(files) != 1 or len(rest) != 1 + as_json or not files[0] or files[0].startswith("-"):
        return None
    return Path(files[0]), as_json


def _run_plain_parse(file: Path, as_json: bool) -> None:
    """``appealgen parse``, ended as click ends a command: Ctrl-C says "Aborted!", a closed
    pipe on stdout ends quietly, both with exit status 1."""
    import errno

    try:
        _parse_command(file, as_json)
    except (EOFError, KeyboardInterrupt):
        _echo("", err=True)
        _echo("Aborted!", err=True)
        sys.exit(EXIT_INPUT)
    except OSError as e:
        if e.errno != errno.EPIPE:
            raise
        # nothing more reaches a closed pipe: the interpreter's last flush writes nowhere
        devnull = os.open(os.devnull, os.O_WRONLY)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, stream.fileno())
        sys.exit(EXIT_INPUT)


def main() -> None:
    """Console-script entry point."""
    import gc

    try:
        plain = _plain_parse(sys.argv[1:])
        if plain is not None:
            _run_plain_parse(*plain)
            return
        from .commands import cli

        cli(prog_name="appealgen")
    finally:
        # the process ends here: the collector's pass over every object at exit would only
        # cost time (a few ms of every command), the memory goes back to the system anyway
        gc.freeze()


_COMMANDS_NAMES = ("cli", "check", "parse", "MODULE_COMMANDS", "LAZY_DATA_COMMANDS")


def __getattr__(name: str) -> Any:
    """``cli`` and the other names of the click commands, loaded when first asked for."""
    if name == "report_written":  # the commands that write letters
        from .options import report_written

        return report_written
    if name in _COMMANDS_NAMES:
        from . import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
