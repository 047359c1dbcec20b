"""``appealgen learn`` and ``appealgen layouts``: layouts learned from corrected notices."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import LayoutError
from . import handle_errors


@click.command("learn")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("corrected", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def learn_command(file: Path, corrected: Path) -> None:
    """Learn FILE's layout from CORRECTED.json, its parse document as a person corrected it.

    Keys left out of CORRECTED.json (or null) mean "not printed on this
    notice", not "wrong". The layout is stored as a readable YAML file; later
    notices of the same payer layout are read with it, and `parse --json`
    names it in "layout.learned".

    \b
    Example:
      appealgen parse denial.pdf --json > denial.json   # then correct denial.json
      appealgen learn denial.pdf denial.json
      appealgen layouts show bayou-mutual-health-1
    """
    from ..api import learn_layout

    try:
        data = json.loads(corrected.read_text(encoding="utf-8"))
    except OSError as e:
        raise LayoutError(f"{corrected}: cannot read ({e.strerror or e})") from e
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise LayoutError(f"{corrected}: not valid JSON ({e})") from e
    layout = learn_layout(file, data)
    n = len(layout.fields)
    click.echo(
        f"Learned layout {layout.name} ({layout.payer or 'payer unknown'}): "
        f"{n} field{'s' if n != 1 else ''}. Review it: appealgen layouts show {layout.name}"
    )


@click.group("layouts")
def layouts_group() -> None:
    """The layouts learned from corrected notices: list, review, remove.

    \b
    Examples:
      appealgen layouts list
      appealgen layouts show bayou-mutual-health-1
      appealgen layouts remove bayou-mutual-health-1
    """


@layouts_group.command("list")
@handle_errors
def layouts_list() -> None:
    """List the learned layouts: name, payer, fields, the file each was learned from.

    \b
    Example:
      appealgen layouts list
    """
    from ..read.layouts import layouts_dir, list_layouts

    layouts = list_layouts()
    if not layouts:
        click.echo(f"No learned layouts in {layouts_dir()}.")
        return
    for lay in layouts:
        source = lay.learned_from.get("file", "?")
        click.echo(f"{lay.name}\t{lay.payer}\t{len(lay.fields)} fields\tfrom {source}")


@layouts_group.command("show")
@click.argument("name")
@handle_errors
def layouts_show(name: str) -> None:
    """Print the YAML of learned layout NAME, as stored.

    \b
    Example:
      appealgen layouts show bayou-mutual-health-1
    """
    from ..read.layouts import layout_text

    click.echo(layout_text(name), nl=False)


@layouts_group.command("remove")
@click.argument("name")
@handle_errors
def layouts_remove(name: str) -> None:
    """Remove learned layout NAME; its payer's notices are read as before it was learned.

    \b
    Example:
      appealgen layouts remove bayou-mutual-health-1
    """
    from ..read.layouts import remove_layout

    remove_layout(name)
    click.echo(f"Removed layout {name}.")
