"""`python -m appealgen.cli`: the same commands as the `appealgen` script."""

from . import main

main()
