"""web: the local page for parents (needs the `web` extra, imported only here)."""

from __future__ import annotations

import sys

import click

from . import handle_errors


def _can_open_browser() -> bool:
    import os

    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@click.command()
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
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

    def ready(url: str) -> None:
        click.echo(f"appealgen web page: {url}  (Ctrl+C to stop)")
        if not no_browser and _can_open_browser():
            import webbrowser

            webbrowser.open(url)

    try:
        server.serve(port, on_ready=ready)
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the page is meant to stop: exit 0, quietly
