"""One module per letter kind, each building its own template variables from what every letter
shares (``common``); the kinds and their modules are listed in ``appealgen.letters``."""
