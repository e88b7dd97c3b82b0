"""Errors and warnings raised by casualties.

Every error subclasses both :class:`CasualtiesError` and the builtin it refines, so callers
can catch either. Messages name the file, line, column or key at fault.
"""

from __future__ import annotations


class CasualtiesError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(ValueError, CasualtiesError):
    """An argument, a text or a file's contents cannot be used."""


class ReadError(OSError, CasualtiesError):
    """A file or folder cannot be read (missing, binary, undecodable)."""


class ManifestError(ValueError, CasualtiesError):
    """A manifest CSV is malformed: missing columns, bad dates, duplicate files."""


class ProfileError(ValueError, CasualtiesError):
    """A conflict profile is malformed or cannot be found."""


class FrameError(ValueError, CasualtiesError):
    """A claim frame has missing or mistyped columns or impossible values."""


class CasualtiesWarning(UserWarning):
    """Base class of the warnings this library issues."""


class SkippedInputWarning(CasualtiesWarning):
    """An input file or row was skipped; the message says which and why."""


class ReconcileWarning(CasualtiesWarning):
    """Reconciliation made a decision that loses information (also recorded in findings)."""


class ExtractionTimeoutWarning(CasualtiesWarning):
    """A pattern hit its time guard on a document; the document's claims may be incomplete.

    No longer raised: extraction's first scan is an Aho–Corasick pass with no time guard and
    every later pattern runs in a bounded window. Kept so that filters naming it still work."""
