"""CAMEO codes as figures: PLOVER type, mode, context, Goldstein score and QuadClass."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

#: PLOVER's sixteen event types, in codebook order.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover: str | None
    mode: str | None
    context: tuple[str, ...]
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 14:
        return 3
    return 4


@cache
def cameo_table() -> dict[str, CameoCode]:
    text = resources.files("rashomon.data").joinpath("cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, CameoCode] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ValueError(f"cameo.tsv:{n}: expected 5 tab-separated columns, got {len(parts)}")
        code, plover, mode, context, goldstein = parts
        table[code] = CameoCode(
            code,
            plover or None,
            mode or None,
            tuple(c for c in context.split(";") if c),
            float(goldstein),
        )
    return table


def lookup(code: str) -> CameoCode:
    """The entry for ``code``, falling back to its parent (``0871`` -> ``087`` -> ``08``)."""
    table = cameo_table()
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    raise KeyError(f"unknown CAMEO code {code!r}")
