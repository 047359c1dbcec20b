"""Where appealgen keeps what it learns and records on this computer.

The store is one folder: ``$APPEALGEN_HOME`` when set, else the platform's user
data folder (``~/.local/share/appealgen`` on Linux). Learned layouts and the case
log live under it. Nothing in it is ever sent anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "APPEALGEN_HOME"


def home(create: bool = False) -> Path:
    """The store folder; ``create=True`` makes it (private to this user) if missing."""
    env = os.environ.get(HOME_ENV)
    if env:
        path = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("appealgen", appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
