"""Run an iterator ahead of its consumer in a thread of its own, a bounded number of items ahead.

The NLP stage spends about half its time in spaCy's parse and half in rashomon's own coding of the parsed
documents. Much of spaCy's parse runs in compiled code that lets other threads go on (the matrix products of
its network), so parsing the next documents in a thread while this one codes the last uses a second core
where there is one, with the same results in the same order (:func:`ahead`). Nothing is shared but the
queue: the thread only pulls from the iterator and hands over what it gives.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")

#: how long the thread waits to hand an item over before it looks whether the consumer went away (s)
POLL_S = 0.1


class _End:
    """What the thread hands over last: nothing more, or the exception the iterator raised."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


def ahead(items: Iterable[T], depth: int) -> Generator[T, None, None]:
    """The items of ``items`` in their order, pulled by a thread of their own at most ``depth`` ahead.

    An exception the iterator raises is raised here, where the consumer reads the item it would have
    been. A consumer that stops early (closes this generator, or is interrupted) stops the thread at its
    next item: it never blocks for good on a full queue. ``depth`` < 1 pulls in the consumer's thread.
    """
    if depth < 1:
        yield from items
        return
    handed: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand(item: object) -> bool:
        while not stop.is_set():
            try:
                handed.put(item, timeout=POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def pull() -> None:
        try:
            for item in items:
                if not hand(item):
                    return
        except BaseException as exc:  # handed to the consumer, raised in its thread
            hand(_End(exc))
            return
        hand(_End())

    thread = threading.Thread(target=pull, name="rashomon-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = handed.get()
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join(timeout=5 * POLL_S)
