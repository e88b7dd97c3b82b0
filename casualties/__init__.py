"""casualties: read casualty figures out of news reports and reconcile them.

>>> import casualties
>>> claims = casualties.extract("The ministry said 12 soldiers were killed on Monday.",
...                             published="2024-03-06", profile=None)
>>> [(c.value, c.outcome.value, c.status.value) for c in claims]
[(12, 'killed', 'military')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import CasualtiesError
from .records import AsOfSource, Basis, Claim, Document, Outcome, Qualifier, Status, from_frame, to_frame

try:
    __version__ = version("casualties")
except PackageNotFoundError:  # running from a source tree that was never installed
    from ._version import __version__

__all__ = [
    "AsOfSource",
    "Basis",
    "CasualtiesError",
    "Claim",
    "Document",
    "Outcome",
    "Qualifier",
    "Status",
    "__version__",
    "from_frame",
    "to_frame",
]
