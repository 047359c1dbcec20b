"""web: the local page for parents (needs the `web` extra, imported only here)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from . import handle_errors


def _can_open_browser() -> bool:
    import os

    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def page_options(default_port: int) -> Callable[[Any], Any]:
    """--port and --no-browser, for the commands that serve the page."""

    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "--no-browser", is_flag=True, help="Print the address; do not open a browser."
        )(fn)
        return click.option(
            "--port",
            default=default_port,
            show_default=True,
            type=click.IntRange(0, 65535),
            help="Port on 127.0.0.1 (0 picks a free one).",
        )(fn)

    return add


def open_when_ready(title: str, no_browser: bool) -> Callable[[str], None]:
    """What to do once the page answers: print its address, and open it in a browser
    unless --no-browser was given or there is no display."""

    def ready(url: str) -> None:
        click.echo(f"{title}: {url}  (Ctrl+C to stop)")
        if not no_browser and _can_open_browser():
            import webbrowser

            webbrowser.open(url)

    return ready


@click.command()
@page_options(default_port=8765)
@handle_errors
def web(port: int, no_browser: bool) -> None:
    """Open a page where a parent drops a denial letter and downloads the letters.

    The page runs on this computer only (127.0.0.1); nothing is sent anywhere.
    Uploads and letters live in a private temporary folder, deleted after the
    download, after 20 minutes, and when the page stops. Stop it with Ctrl+C.
    Needs: pip install 'appealgen[web]'.

    \b
    Examples:
      appealgen web
      appealgen web --port 8080 --no-browser
    """
    from ..web import load_app_module

    server = load_app_module()
    try:
        server.serve(port, on_ready=open_when_ready("appealgen web page", no_browser))
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the page is meant to stop: exit 0, quietly
