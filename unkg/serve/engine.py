"""Store work with a deadline: a small pool of worker processes, each holding the store open.

pyoxigraph has no query timeout and a running query cannot be interrupted from Python, so every
piece of store work the server does (SPARQL, IRI pages, views) runs in a worker process. A job
that outlives its deadline has its worker killed and replaced; the server itself never blocks.

Each worker opens the store with ``open_store(location)``: a directory gives the embedded store,
an ``http(s)://`` URL a ``RemoteStore`` over that SPARQL endpoint, whose HTTP timeout is the
job's deadline and a second (``_HTTP_GRACE``): the deadline ends a slow query first, always as a
timeout (503), never as a race with the HTTP timeout's Bad Gateway (502), and no worker waits on
the endpoint much longer than its job may run (the endpoint
itself may go on with a query whose worker was killed: the SPARQL 1.1 Protocol has no way to
cancel one). The first workers check the store as they start (a missing store or an endpoint
that does not answer stops the server with one line); a worker started later to replace a
killed one starts even while the endpoint is down, and opens the store before its next job.

A read-only server opens an embedded store with ``read_only=True`` in each worker, so
``unkg ingest`` can write to the same store meanwhile: RocksDB's read-only mode reads a snapshot
taken when it was opened. A worker notices that the store changed (its RocksDB manifest moved) and
reopens it before its next job; a reopen that races with a writer's flush fails now and then, and
the worker keeps its old snapshot until the next job. A writable server (``--writable``) over an
embedded store has one worker, the store's only writer; over an endpoint, the endpoint orders
the writes and every worker may send them.

Every job is capped (DESIGN.md §9): in time (its deadline: the worker is killed and replaced),
in memory (``RLIMIT_AS`` set in the worker once the store is open: a job that needs more makes its
worker abort, and the request is answered 503 naming the limit) and in stack (jobs run on a
thread with a 256 MiB stack, so the parser's recursion over a long query cannot overflow it;
``unkg.serve.limits`` refuses deeper nesting before a job is sent). While every regular worker
is busy, a spare worker answers what finishes within ``quick`` seconds, so heavy queries never
keep a cheap one waiting: a job on a spare that runs longer is stopped with a 503 saying the
server is busy. One spare is kept ready; a read that finds every worker busy starts one more
spare for itself (up to ``burst`` more), so a cheap query that comes behind a crowd of heavy
ones is not queued behind them: each heavy one holds a spare for ``quick`` seconds at most.

A job is a module-level function (``unkg.serve.tasks.sparql``), sent to the worker by reference
(pickled as its module and name); the worker calls it with the open store as its first argument
and sends back its return value, or the error it raised as a ``ServeError`` carrying its HTTP
status (``unkg.serve.errors.served``: a malformed query 400, an endpoint that failed 502), which
the engine raises in the server as it came.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from unkg.graph.stores import endpoint_url, open_store
from unkg.serve.errors import JobTimeout, QueryTooBig, WorkerDied, one_line, served


def _store_signature(path: Path) -> tuple:
    """What changes whenever a writer commits: the RocksDB manifest's name, size and time."""
    db = path / "oxigraph"
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(db) if e.name.startswith(("MANIFEST-", "CURRENT"))))
    except OSError:
        return ()


STACK = 256 * 1024 * 1024  # bytes of stack for the thread that runs jobs (the main thread has 8 MiB)
MEMORY = 2048  # MiB a job may use beyond what the worker holds when it is ready
_RECHECK = 0.25  # seconds between a waiting read's looks for room to start a spare of its own


def _vm_size() -> int:
    """This process's virtual memory in bytes (what RLIMIT_AS counts)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _cap_memory(max_memory: int | None) -> None:
    """Cap this process's address space at what it holds now plus ``max_memory`` MiB: an
    allocation past it fails, and the Rust store aborts the worker (SIGABRT), which the engine
    reports as a job over the memory limit."""
    if not max_memory:
        return
    try:
        import resource

        limit = _vm_size() + max_memory * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not Linux, or a hard limit already lower
        pass


def _worker_main(conn: Connection, location: str, writable: bool, timeout: float, check: bool, max_memory: int | None = MEMORY) -> None:
    """A worker: its loop runs on a thread with a large stack (see ``STACK``)."""
    os.environ.setdefault("RUST_BACKTRACE", "0")
    try:  # a worker answers through its pipe; what the Rust store prints as it aborts is no answer
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass
    threading.stack_size(STACK)
    loop = threading.Thread(target=_worker_loop, args=(conn, location, writable, timeout, check, max_memory), name="unkg-jobs")
    loop.start()
    loop.join()


_HTTP_GRACE = 1.0  # seconds a remote store's HTTP timeout runs past the job's deadline


def _worker_loop(conn: Connection, location: str, writable: bool, timeout: float, check: bool, max_memory: int | None) -> None:
    """The worker loop: open the store, answer jobs until the pipe closes.

    ``check``: fail at once when the store cannot be opened (the first workers); otherwise try
    again before each job, and answer that job with the error while it still cannot.
    """
    remote = endpoint_url(location) is not None
    path = Path(location)
    options = {"create": False, "read_only": not writable, **({"timeout": timeout + _HTTP_GRACE} if remote else {})}
    store = None
    signature: tuple = ()
    try:
        store = open_store(location, **options)
        signature = () if remote else _store_signature(path)
    except Exception as e:  # noqa: BLE001 - the parent reports it in one line
        if check:
            conn.send(("error", one_line(e)))
            return
    _cap_memory(max_memory)
    conn.send(("ready", (store.base, list(getattr(store, "notices", []))) if store is not None else (None, [])))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        func, kwargs = job
        if store is None:
            try:
                store = open_store(location, **options)
                signature = () if remote else _store_signature(path)
            except Exception as e:  # noqa: BLE001 - the endpoint is still down: say so to this job
                conn.send(("error", served(e, remote=remote)))
                continue
        elif not writable and not remote:
            now = _store_signature(path)
            if now != signature:
                try:
                    store = open_store(location, **options)
                    signature = now
                except Exception:  # noqa: BLE001 - a writer is mid-flush; keep the old snapshot
                    pass
        try:
            result = func(store, **kwargs)
            conn.send(("ok", result))
        except MemoryError:
            conn.send(("error", QueryTooBig(f"Query too big: it needed more than the {max_memory} MiB of memory a query may use, and was stopped")))
        except Exception as e:  # noqa: BLE001 - sent back to the request that asked
            conn.send(("error", served(e, remote=remote)))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    spare: bool = False


class Engine:
    """Runs store jobs in worker processes with a deadline and a memory cap.

    Args:
        location: the store directory (it must exist: the server never creates a store), or the
            URL of a SPARQL endpoint.
        workers: how many jobs run at once (a writable engine over a directory has one worker).
        writable: open the store for writing (SPARQL Update).
        timeout: seconds a job may run before its worker is killed; a remote store's HTTP timeout.
        max_memory: MiB of memory a job may use (None: no cap).
        spares: workers kept ready for when every regular one is busy (read jobs only, each
            stopped after ``quick`` seconds).
        burst: more spares a read may start for itself when every worker is busy (0 when
            ``spares`` is 0).

    ``base`` is the store's IRI base once ``start()`` returns, and ``notices`` what an interrupted
    command left in the store (``LocalStore.notices``: a stale summary, half-written graphs).
    """

    def __init__(self, location: str | Path, *, workers: int = 2, writable: bool = False, timeout: float = 30.0,
                 max_memory: int | None = MEMORY, spares: int = 1, quick: float = 2.0, burst: int = 3) -> None:
        url = endpoint_url(location)
        self.remote = url is not None
        self.location = url or str(location)
        self.writable = writable
        self.size = 1 if writable and not self.remote else max(1, workers)
        self.timeout = timeout
        self.max_memory = max_memory
        self.spares = max(0, spares)
        self.burst = max(0, burst) if self.spares else 0
        self._starting = 0  # spares being started for a waiting read
        self.quick = min(quick, timeout)
        self.base: str | None = None
        self.notices: list[str] = []  # what an interrupted command left in the store, as its first worker found it
        self._ctx = mp.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._spare: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []

    def _spawn(self, check: bool = False, spare: bool = False) -> _Worker:
        parent, child = self._ctx.Pipe()
        writable = self.writable and not spare  # a spare only reads (a directory has one writer)
        args = (child, self.location, writable, self.timeout, check, self.max_memory)
        proc = self._ctx.Process(target=_worker_main, args=args, daemon=True, name="unkg-serve-worker")
        proc.start()
        child.close()
        wait = max(60.0, self.timeout + 10) if self.remote else 60.0  # an endpoint may take the whole timeout to answer
        if not parent.poll(wait):
            proc.kill()
            raise RuntimeError(f"{self.location}: store worker did not start within {wait:g} s")
        status, detail = parent.recv()
        if status != "ready":
            proc.join(5)
            message = detail
            raise RuntimeError(message if self.location in message else f"{self.location}: {message}")
        base, notices = detail
        self.base = self.base or base
        self.notices = self.notices or notices
        worker = _Worker(proc, parent, spare)
        self._all.append(worker)
        return worker

    def start(self) -> None:
        """Start the workers (each opens the store); raises RuntimeError naming the store if one cannot."""
        self._idle = asyncio.Queue()
        self._spare = asyncio.Queue()
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn(check=True))
        for _ in range(self.spares):
            self._spare.put_nowait(self._spawn(check=True, spare=True))

    def _retire(self, worker: _Worker, *, died: bool = False) -> int | None:
        """Stop a worker; its exit code when it had stopped by itself (``died``)."""
        if died:
            worker.process.join(2)
        code = worker.process.exitcode
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if worker in self._all:
            self._all.remove(worker)
        return code

    def _live_spares(self) -> int:
        return sum(w.spare for w in self._all) + self._starting

    async def _replace(self, spare: bool = False) -> None:
        loop = asyncio.get_running_loop()
        queue = self._spare if spare else self._idle
        if spare and self._live_spares() >= self.spares:
            return  # a spare started for a crowd of reads is not replaced: one is kept ready
        try:
            queue.put_nowait(await loop.run_in_executor(None, lambda: self._spawn(spare=spare)))
        except RuntimeError:  # the store went away: the next job says so
            if not spare:
                raise

    async def _take(self, deadline: float, writes: bool) -> _Worker:
        """An idle regular worker; else (for a read) an idle spare; else wait for a regular one or,
        for a read, a spare, whichever is free first (a heavy query stopped on a spare frees it
        within seconds, while the regular workers may stay busy the whole deadline). A waiting read
        starts a spare of its own as soon as fewer than ``spares + burst`` are alive, so it is not
        served after every read queued before it."""
        queues = [self._idle] if writes or not self.spares else [self._idle, self._spare]
        for queue in queues:
            if not queue.empty():
                return queue.get_nowait()
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline
        own: asyncio.Future | None = None  # the spare this read started for itself
        taken: list[_Worker] = []
        went_away = False
        try:
            while not taken and loop.time() < end:
                if own is None and not writes and self.spares and self._live_spares() < self.spares + self.burst:
                    own = self._start_spare()
                gets = [asyncio.ensure_future(queue.get()) for queue in queues]
                try:
                    await asyncio.wait(gets + ([own] if own else []), timeout=min(_RECHECK, end - loop.time()),
                                       return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for get in gets:
                        get.cancel()  # a get not yet done takes nothing from its queue
                    taken = [get.result() for get in gets if get.done() and not get.cancelled()]
                if own is not None and own.done() and not own.cancelled():
                    taken.append(own.result())
                    own = None
        except asyncio.CancelledError:
            went_away = True
            raise
        finally:
            if own is not None:
                own.cancel()  # a spare still starting joins the spares' queue
            for worker in taken if went_away else taken[1:]:  # the request went away, or two came free at once
                (self._spare if worker.spare else self._idle).put_nowait(worker)
        if not taken:
            raise JobTimeout(f"Query timeout: every store worker stayed busy for {deadline:g} s; try again later")
        return taken[0]

    def _start_spare(self) -> asyncio.Future:
        """Start one more spare; the future gives it to whoever waits on it, or, when that one is
        cancelled (its job took another worker), the spare joins the spares' queue once started."""
        loop = asyncio.get_running_loop()
        self._starting += 1
        started = loop.run_in_executor(None, lambda: self._spawn(spare=True))
        handed = loop.create_future()

        def done(f: asyncio.Future) -> None:
            self._starting -= 1
            if f.cancelled() or f.exception() is not None:  # the store went away: the waiter's deadline says so
                return
            if handed.cancelled():
                self._spare.put_nowait(f.result())
            else:
                handed.set_result(f.result())

        started.add_done_callback(done)
        return handed

    async def run(self, func: Callable[..., Any], *, timeout: float | None = None, writes: bool = False, **kwargs) -> Any:
        """Run ``func(store, **kwargs)`` in a worker (``func`` a module-level function, sent by
        reference); raise the ServeError it raised, JobTimeout, QueryTooBig or WorkerDied.

        The deadline covers the wait for a free worker too: when every worker is busy for
        longer, the job is refused with JobTimeout rather than queued without end. ``writes``:
        the job changes the store, so only a regular worker (the store's writer) may run it.
        """
        assert self._idle is not None, "Engine.start() first"
        deadline = self.timeout if timeout is None else timeout
        started = time.monotonic()
        worker = await self._take(deadline, writes)
        loop = asyncio.get_running_loop()
        left = max(0.1, deadline - (time.monotonic() - started))
        if worker.spare:
            left = min(left, self.quick)
        try:
            worker.conn.send((func, kwargs))
            ready = await loop.run_in_executor(None, worker.conn.poll, left)
        except (OSError, EOFError):
            ready = False
        except asyncio.CancelledError:  # the request went away: its worker may run on, so replace it
            self._retire(worker)
            asyncio.ensure_future(self._replace(worker.spare))
            raise
        if not ready:
            code = self._retire(worker)
            await self._replace(worker.spare)
            self._died(code)
            if worker.spare:
                raise JobTimeout(f"Server busy: every store worker is running a long query, and while they do only queries "
                                 f"that finish within {self.quick:g} s are answered; try again later")
            if time.monotonic() - started >= deadline:
                raise JobTimeout(f"Query timeout: query ran longer than {deadline:g} s and was stopped")
            raise WorkerDied()
        try:
            status, payload = worker.conn.recv()
        except (OSError, EOFError):
            code = self._retire(worker, died=True)
            await self._replace(worker.spare)
            self._died(code)
            raise WorkerDied() from None
        (self._spare if worker.spare else self._idle).put_nowait(worker)
        if status == "ok":
            return payload
        raise payload

    def _died(self, code: int | None) -> None:
        """A worker that aborted (SIGABRT) ran out of the memory a job may use: say so."""
        if code == -signal.SIGABRT and self.max_memory:
            raise QueryTooBig(f"Query too big: it needed more than the {self.max_memory} MiB of memory a query may use, and was stopped")

    def close(self) -> None:
        for worker in list(self._all):
            try:
                worker.conn.close()
            except OSError:
                pass
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
        self._all.clear()
