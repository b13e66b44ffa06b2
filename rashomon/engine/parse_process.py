"""Parse in a process of its own while this one codes: spaCy beside the coder on a second core.

With one process, spaCy's parse and rashomon's coding of the parsed texts take turns at Python's lock
when they run in two threads (rashomon/engine/ahead.py): the parse holds the lock for about a third of its
time and waits for it at each of thousands of hand-overs a batch, so the thread hides little of the coding.
A process of its own has a lock of its own. It loads the same pipeline (the same model, with our components),
parses the lists of texts it is sent in the order sent, and sends back spaCy's arrays of each chunk of
parses (``DocBin``: the tokens, tags, lemmas, parse, entities and sentence starts) with each parse's tensor
(the technique spans read it), which this process turns back into the same ``Doc`` objects with its own
copy of the pipeline's vocabulary. Nothing else is shared: no store, no table, no state.

The process is this Python run anew on this module (``python -P -m rashomon.engine.parse_process``), talking
over its standard input and output: not a copy of the caller's process (its threads and locks), and not a
re-run of the caller's script (which ``multiprocessing`` would import again). Starting it costs about as
much as loading the model, which the caller does meanwhile, so it pays where there is much to parse
(:data:`rashomon.engine.analyse.PARSE_PROCESS_CHARS`).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from rashomon.errors import RashomonError

#: parses sent back together: the caller codes a chunk's documents while the next is parsed, and waits for
#: the last chunk's parse alone, so a chunk is smaller than spaCy's batch
CHUNK = 16
#: bytes of the length before each message of the parse process
LENGTH = 8
#: how long closing waits for the process to end of itself before it is stopped (s)
CLOSE_S = 5.0
#: how much of the process's error output an error message quotes (characters, its end)
ERROR_TAIL = 1500


class ParseProcess:
    """A spaCy parse in a process of its own. :meth:`send` hands it a list of texts, :meth:`parsed` gives
    their parses back in order, as ``Doc`` objects of the vocabulary it is given (the same pipeline's, loaded
    in this process); lists sent before are read first, and several may be sent ahead (the process parses
    the next while this one reads the last). Close it (or use it in a ``with``) to stop the process."""

    def __init__(self, model: str, batch_size: int) -> None:
        self._model = model
        # the process's warnings and errors, quoted if it fails; closed with it (close())
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-P", "-m", "rashomon.engine.parse_process", model, str(batch_size)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors, env=_environment(),
            )  # fmt: skip
        except OSError as exc:
            self._errors.close()
            raise RashomonError(f"cannot start a parse process with {sys.executable}: {exc}") from None
        self._counts: deque[int] = deque()  # how many texts each list sent and not yet read holds
        self._owed = 0  # parses of the list handed out last (parsed()) not yet read
        self._broken = False  # a list was left half read: what comes next is not what the next reader wants
        self._ready = False  # the process said it has loaded its pipeline (or failed to)
        self._first: bytes | None = None  # a first message that was not the word that it is ready (an error)
        self._ended = False  # its output ended before it said it was ready
        self._failure: RashomonError | None = None  # what went wrong with the process, raised again if read again
        # the process's messages, read as they come by a thread that waits on the pipe, so that the process
        # never waits to write while this one codes
        self._messages: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=_receive, args=(self._process.stdout, self._messages), name="rashomon-parse-output",
                         daemon=True).start()  # fmt: skip

    def ready(self, wait: bool = False) -> bool:
        """Whether the process has loaded its pipeline (or failed to: the error is raised where its parses
        are read), without waiting unless asked to. Until then, the caller may as well parse the first texts
        itself."""
        if not self._ready:
            try:
                message = self._messages.get(block=wait)
            except queue.Empty:
                return False
            self._ready = True
            if message is None:
                self._ended = True  # it ended before it was ready: what it said is raised where parses are read
            elif pickle.loads(message)[0] != "ready":
                self._first = message
        return True

    def send(self, texts: Sequence[str]) -> None:
        """Parse these texts after the lists sent before. The process reads what it is sent in a thread of
        its own as it comes, so this never waits on the process's parse."""
        assert self._process.stdin is not None
        try:
            pickle.dump(list(texts), self._process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._process.stdin.flush()
        except (BrokenPipeError, OSError):
            self._failed()
        self._counts.append(len(texts))

    def parsed(self, vocab: Any) -> Iterator[Any]:
        """The parses of the first list sent and not yet read, in its order, as many as it had texts. Read
        each list to its end before asking for the next."""
        if self._failure is not None:
            raise self._failure
        if self._owed:
            self._broken = True
        if self._broken:
            raise RuntimeError("a list of parses was left half read: the parse process is out of step")
        if not self._counts:
            raise RuntimeError("nothing was sent to parse")
        self._owed = self._counts.popleft()  # this list is handed out now, even if nothing reads it
        return self._docs(vocab)

    def _docs(self, vocab: Any) -> Iterator[Any]:
        from spacy.tokens import DocBin

        while self._owed:
            kind, payload = self._read()
            if kind == "error":
                self._failure = RashomonError(f"parsing with spaCy model {self._model!r} failed in the parse "
                                              f"process: {payload}")  # fmt: skip
                raise self._failure
            arrays, tensors = payload
            for doc, tensor in zip(DocBin().from_bytes(arrays).get_docs(vocab), tensors, strict=True):
                doc.tensor = tensor
                self._owed -= 1
                yield doc

    def _read(self) -> tuple[str, Any]:
        self.ready(wait=True)
        message: bytes | None
        if self._first is not None:
            message, self._first = self._first, None
        elif self._ended:
            message = None
        else:
            message = self._messages.get()
        if message is None:
            self._failed()
        return pickle.loads(message)

    def _failed(self) -> NoReturn:
        """Raise what the process said before its output ended."""
        self._broken = True
        try:
            code: int | str = self._process.wait(CLOSE_S)
        except subprocess.TimeoutExpired:
            self._process.kill()
            code = "none: its output ended, and it was stopped"
        self._errors.seek(0)
        said = self._errors.read().decode("utf-8", "replace").strip()[-ERROR_TAIL:]
        self._failure = RashomonError(f"the parse process (spaCy model {self._model!r}) ended unexpectedly, exit "
                                      f"code {code}" + (f"; it said:\n{said}" if said else
                                                        " (it said nothing: killed, or out of memory?)"))  # fmt: skip
        raise self._failure

    def close(self) -> None:
        """Stop the process: at once if it holds parses nobody will read, else once it has nothing to do."""
        process = self._process
        if process.poll() is None:
            if self._counts or self._owed or self._broken:
                process.kill()
            else:
                try:
                    assert process.stdin is not None
                    process.stdin.close()  # the end of its input: it ends
                except OSError:
                    process.kill()
            try:
                process.wait(CLOSE_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._errors.close()

    def __enter__(self) -> ParseProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _environment() -> dict[str, str]:
    """This process's environment, with this copy of rashomon first on the path where it is a checkout (not
    installed in a site folder): the parse process runs the same code as its caller, not another copy."""
    import site

    root = os.path.realpath(Path(__file__).resolve().parents[2])
    installed = {os.path.realpath(p) for p in (*site.getsitepackages(), site.getusersitepackages())}
    if root in installed:
        return dict(os.environ)
    return dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))


def serve(model: str, batch_size: int, incoming: IO[bytes], outgoing: IO[bytes]) -> int:
    """The parse process: each list of texts read from ``incoming`` (parsed ``batch_size`` at a time) is
    written to ``outgoing`` as chunks of at most :data:`CHUNK` parses, ``("docs", (arrays, tensors))`` (a
    chunk never holds two lists' parses), after ``("ready", None)`` once the pipeline is loaded;
    an error as ``("error", message)``, which ends it. It ends when ``incoming`` does."""

    def send(message: tuple[str, Any]) -> None:
        data = pickle.dumps(message, protocol=5)  # protocol 5 copies the tensors' arrays once
        outgoing.write(len(data).to_bytes(LENGTH, "little"))
        outgoing.write(data)
        outgoing.flush()

    try:
        from spacy.tokens import DocBin

        from rashomon.nlp.pipeline import load

        nlp = load(model)
        send(("ready", None))
        lists: queue.Queue[list[str] | None] = queue.Queue()
        threading.Thread(target=_read_lists, args=(incoming, lists), name="rashomon-parse-input", daemon=True).start()
        while (texts := lists.get()) is not None:
            chunk: list[Any] = []
            for doc in nlp.pipe(texts, batch_size=batch_size):
                chunk.append(doc)
                if len(chunk) == CHUNK:
                    send(("docs", _packed(chunk, DocBin)))
                    chunk = []
            if chunk:
                send(("docs", _packed(chunk, DocBin)))
    except (BrokenPipeError, KeyboardInterrupt):  # the caller went away, or the user stopped the whole run
        return 1
    except BaseException as exc:  # told to the caller, which raises it where it reads
        send(("error", f"{type(exc).__name__}: {exc}"))
        return 1
    return 0


def _receive(stream: IO[bytes], messages: queue.Queue[bytes | None]) -> None:
    """Read the parse process's messages (each its length, then its pickle) as they come, then None at the
    end of its output, whether it ended well or not."""
    try:
        while len(head := stream.read(LENGTH)) == LENGTH:
            size = int.from_bytes(head, "little")
            data = stream.read(size)
            if len(data) != size:
                break
            messages.put(data)
    except (OSError, ValueError):  # the pipe closed under it
        pass
    finally:
        messages.put(None)


def _read_lists(incoming: IO[bytes], lists: queue.Queue[list[str] | None]) -> None:
    """Read the lists of texts as they come (the caller never waits to write one), then None at the end."""
    try:
        while True:
            lists.put(pickle.load(incoming))
    except (EOFError, OSError):
        pass
    finally:
        lists.put(None)


def _packed(docs: list[Any], doc_bin: Any) -> tuple[bytes, list[Any]]:
    """A chunk of parses: spaCy's arrays of them (no user data: it holds only caches) and their tensors."""
    return doc_bin(store_user_data=False, docs=docs).to_bytes(), [doc.tensor for doc in docs]


def main(argv: Sequence[str]) -> int:
    """``python -m rashomon.engine.parse_process MODEL BATCH_SIZE``: :func:`serve` on standard input and output."""
    model, batch_size = argv[0], int(argv[1])
    # the parses go out on a copy of the standard output; whatever else writes to it (Python's print or a
    # compiled library's own writes) goes with the errors, never into the parses
    sys.stdout.flush()
    outgoing = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return serve(model, batch_size, sys.stdin.buffer, outgoing)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
