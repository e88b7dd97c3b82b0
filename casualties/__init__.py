"""casualties: read casualty figures out of news reports and reconcile them.

>>> import casualties
>>> claims = casualties.extract("The ministry said 12 soldiers were killed on Monday.",
...                             published="2024-03-06", profile=None)
>>> [(c.value, c.outcome.value, c.status.value) for c in claims]
[(12, 'killed', 'military')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .claimsio import read_claims, write_claims
from .errors import CasualtiesError
from .extract import extract, extract_corpus, extract_document, iter_claims
from .profiles import Profile, get_profile, load_profile
from .read import read_corpus
from .reconcile import Reconciliation, reconcile
from .records import (
    AsOfSource,
    Basis,
    Claim,
    Document,
    Outcome,
    Qualifier,
    Status,
    from_frame,
    to_frame,
)
from .report import write_report

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
    "Profile",
    "Qualifier",
    "Reconciliation",
    "Status",
    "__version__",
    "extract",
    "extract_corpus",
    "extract_document",
    "from_frame",
    "get_profile",
    "iter_claims",
    "load_profile",
    "read_claims",
    "read_corpus",
    "reconcile",
    "to_frame",
    "write_claims",
    "write_report",
]
