"""The server's errors: each carries its HTTP status (RFC 9110 §15) and one line saying why.

Raised where the problem is found (a route, content negotiation, a job in a store worker, the
engine), turned into a response in one place (``unkg.serve.app``: the status and the line as
plain text). They pickle, so one raised in a worker process arrives as itself.

``served`` says what an exception of the layers below means for the request that met it: a
malformed query is the asker's fault (400), a SPARQL endpoint that fails is a bad gateway (502),
anything else a fault of ours (500).
"""

from __future__ import annotations

from unkg.graph.stores import QueryRefused, StoreError


class ServeError(Exception):
    """A request that cannot be answered as asked: ``status`` and the one line ``str(e)``."""

    status = 500


class BadRequest(ServeError):
    status = 400


class Forbidden(ServeError):
    status = 403


class NotFound(ServeError):
    status = 404


class MethodNotAllowed(ServeError):
    status = 405


class NotAcceptable(ServeError):
    """No format this resource has matches the request's Accept header or format= value."""

    status = 406


class ContentTooLarge(ServeError):
    status = 413


class UnsupportedMediaType(ServeError):
    status = 415


class InternalError(ServeError):
    status = 500


class WorkerDied(InternalError):
    """The store worker running the job stopped (a crash, a kill); another took its place."""

    def __init__(self, message: str = "WorkerDied: the store worker stopped unexpectedly") -> None:
        super().__init__(message)


class BadGateway(ServeError):
    """The SPARQL endpoint behind the server failed (RFC 9110 §15.6.3)."""

    status = 502


class JobTimeout(ServeError):
    """The job ran past its deadline (its worker was killed), or waited that long for a worker."""

    status = 503


class QueryTooBig(ServeError):
    """The job needed more memory than a query may use (its worker was stopped)."""

    status = 503


def one_line(e: BaseException) -> str:
    return " ".join(str(e).split())


def served(e: Exception, *, remote: bool) -> ServeError:
    """What an exception raised by store work means for the request: a ServeError."""
    if isinstance(e, ServeError):
        return e
    if isinstance(e, SyntaxError):  # pyoxigraph's parser: a malformed query or update
        return BadRequest(f"SPARQL syntax error: {one_line(e)}")
    if isinstance(e, QueryRefused):  # the endpoint's HTTP 400: the request's fault
        return BadRequest(f"the SPARQL endpoint refused the request: {one_line(e)}")
    if isinstance(e, StoreError) and remote:
        return BadGateway(f"Bad gateway: {one_line(e)}")
    if isinstance(e, ValueError):  # a value the request gave that the store refuses (an IRI)
        return BadRequest(one_line(e))
    return InternalError(f"{type(e).__name__}: {one_line(e)}")
