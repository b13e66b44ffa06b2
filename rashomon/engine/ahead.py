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
from typing import TypeVar, cast

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

    The thread starts here, not at the first item asked for: what the caller does before it reads (load
    the tables the coding needs) goes on while the first items are pulled. An exception the iterator raises
    is raised here, where the consumer reads the item it would have been. A consumer that stops early
    (closes this generator, drops it, or is interrupted) stops the thread at its next item: it never blocks
    for good on a full queue. ``depth`` < 1 pulls in the consumer's thread.
    """
    handed = _handed(items, depth)
    next(handed)  # runs up to the thread's start
    return cast("Generator[T, None, None]", handed)


def _handed(items: Iterable[T], depth: int) -> Generator[T | None, None, None]:
    """:func:`ahead`, whose first item (None) only says that the thread has started."""
    if depth < 1:
        yield None
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
        yield None  # started: the generator is closed, and the thread stopped, however the consumer leaves
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
