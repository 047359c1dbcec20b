"""appealgen: turn denied lactation-care claims into the letters that get them paid.

The public API, shared by the CLI, the batch runner and the web page::

    from appealgen import parse_file, decide, generate
    result = parse_file("denial.pdf")     # ParseResult: the contract's parse document
    case = decide(result)                 # Case: the parse + the decision, with reasons
    written = generate(case, "out/")      # the letters on disk
"""

from .api import decide, generate, generate_file, parse_file
from .errors import AppealgenError
from .models import Case, Decision, ParseResult

__version__ = "0.1.0"

__all__ = [
    "AppealgenError",
    "Case",
    "Decision",
    "ParseResult",
    "decide",
    "generate",
    "generate_file",
    "parse_file",
    "__version__",
]
