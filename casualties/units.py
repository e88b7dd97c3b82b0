"""Units for counts: one shared pint registry, made on first use.

Creating a pint ``UnitRegistry`` takes about half a second, so nothing here runs at import
time. Counts of people are quantities in ``person``; rates are ``person / day``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["persons", "registry"]


@cache
def registry() -> Any:
    """The library's pint ``UnitRegistry``, with ``person`` (plural ``persons``, ``people``)
    defined as a base unit of its own dimension.

    >>> str(registry().Quantity(3, "people").units)
    'person'
    """
    import pint

    ureg: Any = pint.UnitRegistry()
    ureg.define("person = [person] = _ = persons = people")
    return ureg


def persons(count: float) -> Any:
    """``count`` as a pint quantity of persons.

    >>> persons(1177)
    <Quantity(1177, 'person')>
    """
    return registry().Quantity(count, "person")
