"""What the views' counts and statuses mean, defined once: the claims table's columns, the statuses and the
overview's counts show these as tooltips (and the report's glossary lists them)."""

from __future__ import annotations

#: How an independent source is counted, said once for every count that uses it.
_INDEPENDENT = ("an outlet (a syndicated or cross-posted copy counts as its original), a quoted speaker or a "
                "reader commenter counts once, however often it repeats itself")  # fmt: skip

TERMS: dict[str, str] = {
    "asserting": f"Independent sources asserting the claim: {_INDEPENDENT}.",
    "denying": f"Independent sources denying or disputing the claim, counted the same way: {_INDEPENDENT}.",
    "statements": "Statements behind the claim: every sentence that reports it, copies and repeats included "
                  "(the independent sources above are counted from these).",
    "corroborated": "Asserted by 2 or more independent sources, and not contested.",
    "contested": "Asserted by one independent source and denied or disputed by another (only a claim that names "
                 "both its sides can be contested).",
    "single-source": "Asserted by fewer than 2 independent sources, and not contested.",
    "incomplete": "The statements name only one side of the claim (who acted, or toward whom), so it cannot be "
                  "checked against another source's account of the same two actors; listed apart.",
    "place": "Where the statements place it: the place they give most often, and only when every place they give "
             "lies within 50 km of it.",
}  # fmt: skip


def term(name: str) -> str:
    """The definition of ``name`` (a KeyError for a term not defined here: a view may not invent one)."""
    return TERMS[name]
