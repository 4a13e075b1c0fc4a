"""The HTTP app: SPARQL 1.1 Protocol endpoint, query UI, dereferenceable IRIs and graph views.

Routes:
- ``/sparql`` GET and POST: SPARQL 1.1 Protocol (https://www.w3.org/TR/sparql11-protocol/) query
  operation (``query=`` in the URL or a form, or an ``application/sparql-query`` body); update
  operation (``update=`` form or ``application/sparql-update`` body) only when writable, else 403.
  GET with no query answers the SPARQL 1.1 Service Description
  (https://www.w3.org/TR/sparql11-service-description/ §2: "at the service endpoint").
- ``/update`` POST: the update operation alone.
- ``/`` the query UI (YASGUI, vendored from npm, with the query library as examples).
- ``/views/{kind}``: the graph views (``unkg.views.render_view``).
- ``/diff/{symbol}`` and ``/series/{symbol}``: a work beside the one before it, and its series by
  year (``unkg.serve.lineage``).
- ``{base path}...``: every IRI of the store's base, at its own path (``/unkg/doc/E/RES/2022/15``):
  HTML for a browser, Turtle / JSON-LD / N-Triples / RDF/XML by Accept or ``format=``.

The store is the embedded one (a directory) or any SPARQL 1.1 endpoint (``--store http://...``):
the workers (``unkg.serve.engine``) open either with ``open_store`` and every route asks them the
same way. Over an endpoint, ``/sparql`` forwards the query (with ``default-graph-uri`` /
``named-graph-uri``, if given) and writes the parsed answer out itself, so formats, the row cap
and the truncation header are the same; updates on a ``--writable`` server are forwarded too. An
endpoint that fails answers 502 (Bad Gateway) with its one-line error; one that refuses the query
as malformed, 400.

Every failure is a ``ServeError`` (``unkg.serve.errors``) raised where it is found, here, in
content negotiation or in a store worker, and answered in one place (``error_response``): its
status and its one line as plain text.

Safe to leave running (DESIGN.md §9; ``unkg.serve.guard`` and ``unkg.serve.limits``): every
request must name this server in its Host header (a web page cannot reach it through a DNS name
of its own); a write must carry what no HTML form can send (the ``X-Unkg-Write`` header or an
``application/sparql-update`` body) and come from no other origin, so a page the user opens
cannot change a ``--writable`` store; CORS lets other origins read, never write; a query is
refused before it runs when it is too large, nested too deep or calls a host through
``SERVICE`` that ``--allow-service`` does not name; and its workers cap its time and memory.

Starlette + uvicorn: small, well kept, ASGI (so a slow query never blocks other requests while its
worker runs), with CORS middleware and static files; the standard library's http.server would
need all of that written by hand.
"""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from unkg import formats
from unkg.graph.iris import DEFAULT_BASE, ONTOLOGY
from unkg.queries import QueryError, list_queries
from unkg.serve import lineage as lineage_pages
from unkg.serve import negotiate, tasks
from unkg.serve.engine import MEMORY, Engine
from unkg.serve.guard import Guard, check_write, loopback_names
from unkg.serve.limits import Limits, check
from unkg.serve.errors import BadRequest, ContentTooLarge, Forbidden, MethodNotAllowed, NotFound, ServeError, UnsupportedMediaType, one_line
from unkg.serve.pages import LANGUAGES, RDF_TYPE, query_page, render_page, render_template
from unkg.serve.pages import answer as answer_rows
from unkg.serve.results import note_truncated_graph

MAX_BODY = 1_000_000  # bytes of query or update text a request may send
TRUNCATED_HEADER = "Unkg-Results-Truncated"
_LANG = re.compile(r"^[a-z]{2,3}$")


def yasgui_dir() -> Path | None:
    """Where YASGUI's built files are: ``unkg/serve/static/yasgui`` (copied there when unkg is
    installed with npm present: setup.py), or ``node_modules/@zazuko/yasgui/build`` of the
    source tree (``npm ci``). ``UNKG_YASGUI`` names another folder holding ``yasgui.min.js``,
    or, set empty, serves the plain query form alone."""
    here = Path(__file__).resolve().parent
    if "UNKG_YASGUI" in os.environ:
        chosen = Path(os.environ["UNKG_YASGUI"]) if os.environ["UNKG_YASGUI"] else None
        return chosen if chosen is not None and (chosen / "yasgui.min.js").is_file() else None
    for candidate in (here / "static" / "yasgui", here.parents[1] / "node_modules" / "@zazuko" / "yasgui" / "build", Path.cwd() / "node_modules" / "@zazuko" / "yasgui" / "build"):
        if (candidate / "yasgui.min.js").is_file():
            return candidate
    return None


def _examples() -> list[dict]:
    try:
        queries = list_queries()
    except QueryError:  # a malformed .rq: the UI still works
        return []
    return [{"name": q.name, "title": q.title, "description": q.description, "text": q.text} for q in queries]


class Settings:
    """What the app needs to know: the store's base, whether it takes writes, the limits, and
    the names it answers to (``hosts``: the Host header must name one, or be an IP address)."""

    def __init__(self, *, base: str, writable: bool, max_rows: int, timeout: float, limits: Limits | None = None,
                 hosts: tuple[str, ...] | None = None) -> None:
        self.base = base
        self.base_path = urlsplit(base).path or "/"
        self.origin = base[: len(base) - len(urlsplit(base).path)] if urlsplit(base).path else base.rstrip("/")
        self.writable = writable
        self.max_rows = max_rows
        self.timeout = timeout
        self.limits = limits or Limits()
        self.hosts = tuple(hosts) if hosts is not None else loopback_names()


async def error_response(request: Request, e: ServeError) -> PlainTextResponse:
    """Every failure's answer: its status and its one line (DESIGN.md §9)."""
    return PlainTextResponse(one_line(e) + "\n", status_code=e.status)


async def _read_params(request: Request) -> tuple[dict[str, list[str]], str | None, str | None]:
    """SPARQL Protocol parameters, and the query or update text from a direct POST body.

    Returns ``(params, query, update)``; raises ContentTooLarge (413) or UnsupportedMediaType (415).
    """
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method != "POST":
        return params, _one(params, "query"), _one(params, "update")
    body = bytearray()
    async for chunk in request.stream():  # read no further than the limit: a larger body is never held whole
        body += chunk
        if len(body) > MAX_BODY:
            raise ContentTooLarge(f"request body over {MAX_BODY} bytes")
    body = bytes(body)
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        try:
            form = parse_qs(_utf8(body, "form body"), keep_blank_values=True, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise BadRequest("form body: a percent-encoded value is not UTF-8") from None
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
        return params, _one(params, "query"), _one(params, "update")
    if ctype == "application/sparql-query":
        return params, _utf8(body, "query"), None
    if ctype == "application/sparql-update":
        return params, None, _utf8(body, "update")
    raise UnsupportedMediaType(f"POST needs Content-Type application/x-www-form-urlencoded, application/sparql-query or application/sparql-update, not {ctype or 'none'}")


def _utf8(body: bytes, what: str) -> str:
    """A body as text: SPARQL is UTF-8 (SPARQL 1.1 Query §19.1); anything else is the asker's fault (400)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BadRequest(f"{what} is not UTF-8 (byte {e.start})") from None


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise BadRequest(f"give one {key} parameter, not {len(values)}")
    return values[0]


def accept_language(header: str | None, default: str = "en") -> str:
    """The UN language an Accept-Language header (RFC 9110 §12.5.4) prefers most, else ``default``."""
    best, best_q = default, 0.0
    for item in (header or "").split(","):
        tag, _, rest = item.strip().partition(";")
        code = tag.strip().lower().split("-")[0]
        q = 1.0
        m = re.search(r"q=([0-9.]+)", rest)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q
    return best


def service_description(endpoint: str, settings: Settings, key: str) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint, in the graph format ``key``."""
    sd = "http://www.w3.org/ns/sparql-service-description#"
    a = ox.NamedNode(RDF_TYPE)
    service, dataset, default = ox.NamedNode(endpoint), ox.BlankNode(), ox.BlankNode()
    languages = ["SPARQL11Query", "SPARQL11Update"] if settings.writable else ["SPARQL11Query"]
    answers_in = negotiate.FAMILIES["results"] + negotiate.FAMILIES["graph"]
    triples = [
        (service, a, ox.NamedNode(sd + "Service")),
        (service, ox.NamedNode(sd + "endpoint"), service),
        *((service, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + name)) for name in languages),
        *((service, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(f.iri)) for f in answers_in),
        (service, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
        (service, ox.NamedNode(sd + "defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        (service, ox.NamedNode(sd + "defaultDataset"), dataset),
        (dataset, a, ox.NamedNode(sd + "Dataset")),
        (dataset, ox.NamedNode(sd + "defaultGraph"), default),
        (default, a, ox.NamedNode(sd + "Graph")),
    ]
    return tasks.write_graph([ox.Triple(*t) for t in triples], key)


def ontology_response(family: str, key: str, headers: dict) -> Response:
    """The ontology IRI (``{base}ontology``, whose terms are ``{base}ontology#Term``): its pyLODE
    HTML documentation for people, the ontology itself for machines (the file, no store needed)."""
    from importlib import resources

    if family == "page":
        from unkg.ontology.docs import ontology_html

        return HTMLResponse(ontology_html(), headers=headers)
    ttl = resources.files("unkg.ontology").joinpath("unkg.ttl").read_bytes()
    body = ttl if key == "turtle" else tasks.write_graph(ox.parse(ttl, format=ox.RdfFormat.TURTLE), key)
    return Response(body, media_type=formats.get(key).content_type, headers=headers)


def create_app(engine: Engine, settings: Settings) -> Starlette:
    """The ASGI app over a started Engine."""
    yasgui = yasgui_dir()

    def queries_page(**kwargs) -> str:
        return query_page(yasgui=yasgui is not None, examples=_examples(), writable=settings.writable,
                          max_rows=settings.max_rows, timeout=settings.timeout, **kwargs)

    async def index(request: Request) -> Response:
        return HTMLResponse(queries_page(plain=request.query_params.get("editor") == "plain"))

    async def results_page(query: str, params: dict[str, list[str]]) -> Response:
        """The plain query form's answer: the form again, with the rows as an HTML table or the error."""
        try:
            check(query, settings.limits)
            found = await engine.run(answer_rows, query=query, max_rows=settings.max_rows,
                                     default_graphs=params.get("default-graph-uri"), named_graphs=params.get("named-graph-uri"))
        except ServeError as e:
            return HTMLResponse(queries_page(query=query, error=one_line(e)), status_code=e.status)
        return HTMLResponse(queries_page(query=query, answer=found))

    async def do_update(request: Request, update: str, params: dict[str, list[str]]) -> Response:
        request.state.write = True  # no CORS header on the answer (unkg.serve.guard)
        if not settings.writable:
            raise Forbidden("this endpoint is read-only: start it with 'unkg serve --writable' to allow SPARQL Update")
        check_write(request)
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            raise BadRequest("using-graph-uri and using-named-graph-uri are not supported: write USING / WITH in the update")
        check(update, settings.limits, update=True)
        await engine.run(tasks.update, writes=True, update=update)
        return PlainTextResponse("OK\n")

    async def sparql(request: Request) -> Response:
        params, query, update = await _read_params(request)
        if update is not None:
            if request.method != "POST":
                raise MethodNotAllowed("SPARQL Update needs POST")
            if query is not None:
                raise BadRequest("give either query or update, not both")
            return await do_update(request, update, params)
        accept = request.headers.get("accept")
        fmt = (params.get("format") or [None])[0]
        if query is None:
            if request.method == "POST":
                raise BadRequest("POST to /sparql needs a query or update (SPARQL 1.1 Protocol §2.1)")
            family, key = negotiate.choose(["graph", "page"], accept, fmt)
            if family == "page":
                return RedirectResponse("/", status_code=303)
            endpoint = str(request.url.replace(query="", fragment=""))
            return Response(service_description(endpoint, settings, key), media_type=formats.get(key).content_type)
        family, _ = negotiate.choose(["results", "graph", "page"], accept, fmt)  # refuse what no query could answer before running it
        if family == "page":  # a person: format=html (the plain query form) or a browser's Accept
            return await results_page(query, params)
        check(query, settings.limits)  # too large, too deep, or a SERVICE it may not call: before any worker
        media, body, count, truncated = await engine.run(
            tasks.sparql,
            query=query, accept=accept, fmt=fmt, max_rows=settings.max_rows,
            default_graphs=params.get("default-graph-uri"), named_graphs=params.get("named-graph-uri"),
        )
        headers = {"Vary": "Accept"}
        if truncated:
            headers[TRUNCATED_HEADER] = str(count)
            body = note_truncated_graph(body, media, count)  # results formats say it themselves (unkg.serve.results)
        return Response(body, media_type=media, headers=headers)

    async def update_endpoint(request: Request) -> Response:
        params, query, update = await _read_params(request)
        if update is None:
            raise BadRequest("POST to /update needs an update (update= form field or an application/sparql-update body)")
        return await do_update(request, update, params)

    def page_lang(request: Request) -> str:
        asked = (request.query_params.get("lang") or "").lower()
        if _LANG.match(asked):
            return asked
        return accept_language(request.headers.get("accept-language"))

    async def dereference(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode()
        iri = settings.origin + raw.decode("latin-1")
        try:
            ox.NamedNode(iri)  # RFC 3987: no spaces, quotes, braces or angle brackets reach a query
        except ValueError:
            raise BadRequest(f"not an IRI: {iri}") from None
        family, key = negotiate.choose(["page", "graph"], request.headers.get("accept"), request.query_params.get("format"))
        lang = page_lang(request)
        headers = {"Vary": "Accept, Accept-Language"}
        if iri == ONTOLOGY.rstrip("#"):
            return ontology_response(family, key, headers)
        if family == "page":
            html = await engine.run(render_page, iri=iri, lang=lang)
            if html is None:  # a page for people, not a line
                message = render_template("message.html", heading="Not found", message=f"The store says nothing about {iri}.", lang="en", dir="ltr")
                return HTMLResponse(message, status_code=404)
            return HTMLResponse(html, headers=headers)
        body, count = await engine.run(tasks.describe, iri=iri, key=key)
        if count == 0:
            raise NotFound(f"the store says nothing about {iri}")
        return Response(body, media_type=formats.get(key).content_type, headers=headers)

    async def view(request: Request) -> Response:
        kind = request.path_params["kind"]
        q = request.query_params
        kwargs: dict = {"kind": kind, "lang": page_lang(request)}
        if q.get("iri"):
            kwargs["iri"] = q["iri"]
        if q.get("hops"):
            if not q["hops"].isdigit() or not 0 < int(q["hops"]) <= 4:
                raise BadRequest("hops must be a whole number from 1 to 4")
            kwargs["hops"] = int(q["hops"])
        return HTMLResponse(await engine.run(tasks.view, **kwargs))

    async def diff(request: Request) -> Response:
        other = request.query_params.get("with")
        status, html = await engine.run(lineage_pages.comparison_page, new=request.path_params["symbol"], old=other or None, lang=page_lang(request))
        return HTMLResponse(html, status_code=status, headers={"Vary": "Accept-Language"})

    async def series(request: Request) -> Response:
        status, html = await engine.run(lineage_pages.series_page, symbol=request.path_params["symbol"], lang=page_lang(request))
        return HTMLResponse(html, status_code=status, headers={"Vary": "Accept-Language"})

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/update", update_endpoint, methods=["POST"]),
        Route("/views/{kind}", view),
        Route("/diff/{symbol:path}", diff),
        Route("/series/{symbol:path}", series),
    ]
    if yasgui is not None:
        routes.append(Mount("/static/yasgui", app=StaticFiles(directory=yasgui), name="yasgui"))
    prefix = settings.base_path.rstrip("/")
    routes.append(Route(prefix + "/{rest:path}", dereference) if prefix else Route("/{rest:path}", dereference))
    middleware = [Middleware(Guard, hosts=settings.hosts, expose=(TRUNCATED_HEADER,))]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={ServeError: error_response})


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` for the server; RuntimeError in one line when it cannot be
    (the port is taken, the address is not this machine's)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise RuntimeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    return sock


def serve(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    writable: bool = False,
    timeout: float = 30.0,
    max_rows: int = 10000,
    workers: int = 2,
    max_memory: int | None = MEMORY,
    allow_service: tuple[str, ...] = (),
    allow_hosts: tuple[str, ...] = (),
    on_ready=None,
) -> None:
    """Serve the store at ``location`` (a store directory or a SPARQL endpoint's URL) until interrupted.

    Raises:
        RuntimeError: the store cannot be opened, the endpoint does not answer, or the address
            cannot be listened on (the message names it and the problem).
    """
    import uvicorn

    engine = Engine(location, workers=workers, writable=writable, timeout=timeout, max_memory=max_memory)
    try:
        engine.start()
        hosts = (*loopback_names(), host, *allow_hosts)
        settings = Settings(base=engine.base or DEFAULT_BASE, writable=writable, max_rows=max_rows, timeout=timeout,
                            limits=Limits(allow_service=tuple(allow_service)), hosts=hosts)
        app = create_app(engine, settings)
        sock = listen(host, port)  # bound before saying where the server is
        if on_ready:
            on_ready(settings, yasgui_dir(), engine.notices)
        uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
    finally:
        engine.close()
