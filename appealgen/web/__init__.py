"""The local web page for parents: a thin layer over parse_file -> decide -> generate.

The server needs the optional ``web`` extra (Starlette, uvicorn, python-multipart);
``load_app_module`` names it in one line when it is missing, so the core install and
``appealgen parse`` never import it.
"""

from __future__ import annotations

from types import ModuleType

from ..errors import AppealgenError

# top-level module names the `web` extra provides
_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "multipart", "python_multipart", "anyio"})
INSTALL_HINT = "the web page needs more packages: pip install 'appealgen[web]'"


def load_app_module() -> ModuleType:
    """``appealgen.web.app``, or AppealgenError when the ``web`` extra is not installed."""
    try:
        from . import app
    except ModuleNotFoundError as e:
        if (e.name or "").split(".")[0] in _EXTRA_MODULES:
            raise AppealgenError(INSTALL_HINT) from e
        raise
    return app
