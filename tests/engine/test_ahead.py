"""The read-ahead thread: same items in the same order, errors where they would have been, no thread left
behind by a consumer that stops early."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from rashomon.engine.ahead import ahead


def _threads() -> int:
    return sum(t.name == "rashomon-ahead" for t in threading.enumerate())


@pytest.mark.parametrize("depth", [0, 1, 3, 100])
def test_the_items_come_in_their_order(depth: int) -> None:
    assert list(ahead(iter(range(250)), depth)) == list(range(250))


def test_items_are_pulled_in_another_thread_a_bounded_number_ahead() -> None:
    pulled: list[int] = []
    where: set[str] = set()

    def items() -> Iterator[int]:
        for n in range(20):
            where.add(threading.current_thread().name)
            pulled.append(n)
            yield n

    it = ahead(items(), 3)
    assert next(it) == 0
    time.sleep(0.3)
    # one handed over, three waiting in the queue, one held by the thread waiting for room
    assert len(pulled) <= 5
    assert where == {"rashomon-ahead"}
    assert list(it) == list(range(1, 20))


def test_an_error_of_the_iterator_is_raised_where_its_item_would_be() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("segment 3 is broken")

    got: list[int] = []
    with pytest.raises(ValueError, match="segment 3 is broken"):
        for n in ahead(items(), 2):
            got.append(n)
    assert got == [1, 2]


def test_a_consumer_that_stops_early_leaves_no_thread_behind() -> None:
    before = _threads()
    it = ahead(iter(range(10_000)), 2)
    assert next(it) == 0
    it.close()
    deadline = time.monotonic() + 5
    while _threads() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _threads() == before
