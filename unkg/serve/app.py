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
- ``{base path}...``: every IRI of the store's base, at its own path (``/unkg/doc/E/RES/2022/15``):
  HTML for a browser, Turtle / JSON-LD / N-Triples / RDF/XML by Accept or ``format=``.

The store is the embedded one (a directory) or any SPARQL 1.1 endpoint (``--store http://...``):
the workers (``unkg.serve.engine``) open either with ``open_store`` and every route asks them the
same way. Over an endpoint, ``/sparql`` forwards the query (with ``default-graph-uri`` /
``named-graph-uri``, if given) and writes the parsed answer out itself, so formats, the row cap
and the truncation header are the same; updates on a ``--writable`` server are forwarded too. An
endpoint that fails answers 502 (Bad Gateway) with its one-line error; one that refuses the query
as malformed, 400.

Starlette + uvicorn: small, well kept, ASGI (so a slow query never blocks other requests while its
worker runs), with CORS middleware and static files; the standard library's http.server would
need all of that written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from unkg.graph.iris import DEFAULT_BASE, ONTOLOGY
from unkg.serve import negotiate
from unkg.serve.engine import Engine, JobError, JobTimeout
from unkg.serve.pages import LANGUAGES, render_template

MAX_BODY = 1_000_000  # bytes of query or update text a request may send
TRUNCATED_HEADER = "Unkg-Results-Truncated"
_LANG = re.compile(r"^[a-z]{2,3}$")


def yasgui_dir() -> Path | None:
    """Where YASGUI's built files are: ``node_modules/@zazuko/yasgui/build`` of the source tree
    (installed by ``npm ci`` from package-lock.json), or a copy in ``unkg/serve/static/yasgui``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "static" / "yasgui", here.parents[1] / "node_modules" / "@zazuko" / "yasgui" / "build", Path.cwd() / "node_modules" / "@zazuko" / "yasgui" / "build"):
        if (candidate / "yasgui.min.js").is_file():
            return candidate
    return None


def _examples() -> list[dict]:
    try:
        from unkg.queries import list_queries

        queries = list_queries()
    except (ImportError, ValueError):  # no query library, or a malformed .rq: the UI still works
        return []
    return [{"name": q.name, "title": q.title, "description": q.description, "text": q.text} for q in queries]


class Settings:
    def __init__(self, *, base: str, writable: bool, max_rows: int, timeout: float, remote: bool = False) -> None:
        self.base = base
        self.remote = remote  # the store is a SPARQL endpoint: its failures are a gateway's (502)
        self.base_path = urlsplit(base).path or "/"
        self.origin = base[: len(base) - len(urlsplit(base).path)] if urlsplit(base).path else base.rstrip("/")
        self.writable = writable
        self.max_rows = max_rows
        self.timeout = timeout


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip() + "\n", status_code=status)


def _job_error(e: Exception, settings: Settings) -> Response:
    if isinstance(e, JobTimeout):
        return _error(503, f"Query timeout: {e}")
    if isinstance(e, JobError):
        if e.kind == "SyntaxError":
            return _error(400, f"SPARQL syntax error: {e}")
        if e.kind == "QueryRefused":  # the endpoint's HTTP 400: the request's fault
            return _error(400, f"the SPARQL endpoint refused the request: {e}")
        if e.kind == "StoreError" and settings.remote:  # RFC 9110 §15.6.3: the upstream server failed
            return _error(502, f"Bad gateway: {e}")
        if e.kind == "NotAcceptable":
            return _error(406, str(e))
        if e.kind in ("QueryError", "ValueError"):
            return _error(400, str(e))
        return _error(500, f"{e.kind}: {e}")
    raise e


async def _read_params(request: Request) -> tuple[dict[str, list[str]], str | None, str | None]:
    """SPARQL Protocol parameters, and the query or update text from a direct POST body.

    Returns ``(params, query, update)``; raises ValueError with a 415/413 reason.
    """
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if request.method != "POST":
        return params, _one(params, "query"), _one(params, "update")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise ValueError(f"413:request body over {MAX_BODY} bytes")
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        for key, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
        return params, _one(params, "query"), _one(params, "update")
    if ctype == "application/sparql-query":
        return params, body.decode("utf-8"), None
    if ctype == "application/sparql-update":
        return params, None, body.decode("utf-8")
    raise ValueError(f"415:POST needs Content-Type application/x-www-form-urlencoded, application/sparql-query or application/sparql-update, not {ctype or 'none'}")


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise ValueError(f"400:give one {key} parameter, not {len(values)}")
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
    """The SPARQL 1.1 Service Description of this endpoint."""
    from rdflib import BNode, Graph, Namespace, URIRef
    from rdflib.namespace import RDF

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    formats = Namespace("http://www.w3.org/ns/formats/")
    g = Graph()
    g.bind("sd", sd)
    g.bind("formats", formats)
    service = URIRef(endpoint)
    g.add((service, RDF.type, sd.Service))
    g.add((service, sd.endpoint, URIRef(endpoint)))
    g.add((service, sd.supportedLanguage, sd.SPARQL11Query))
    if settings.writable:
        g.add((service, sd.supportedLanguage, sd.SPARQL11Update))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"):
        g.add((service, sd.resultFormat, formats[fmt]))
    g.add((service, sd.feature, sd.UnionDefaultGraph))
    g.add((service, sd.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    dataset, default = BNode(), BNode()
    g.add((service, sd.defaultDataset, dataset))
    g.add((dataset, RDF.type, sd.Dataset))
    g.add((dataset, sd.defaultGraph, default))
    g.add((default, RDF.type, sd.Graph))
    rdflib_format = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}[key]
    return g.serialize(format=rdflib_format).encode()


def ontology_response(family: str, key: str, headers: dict) -> Response:
    """The ontology IRI (``{base}ontology``, whose terms are ``{base}ontology#Term``): its pyLODE
    HTML documentation for people, the ontology itself for machines (the file, no store needed)."""
    from importlib import resources

    import pyoxigraph as ox

    from unkg.serve.tasks import write_graph

    if family == "page":
        from unkg.ontology.docs import ontology_html

        return HTMLResponse(ontology_html(), headers=headers)
    ttl = resources.files("unkg.ontology").joinpath("unkg.ttl").read_bytes()
    body = ttl if key == "turtle" else write_graph(ox.parse(ttl, format=ox.RdfFormat.TURTLE), key)
    return Response(body, media_type=negotiate.media_type("graph", key), headers=headers)


def create_app(engine: Engine, settings: Settings) -> Starlette:
    """The ASGI app over a started Engine."""
    yasgui = yasgui_dir()

    async def run(func: str, **kwargs):
        return await engine.run(func, **kwargs)

    async def index(request: Request) -> Response:
        examples = _examples()
        html = render_template("index.html", yasgui=yasgui is not None, examples=examples, examples_json=examples, writable=settings.writable,
                               max_rows=settings.max_rows, timeout=settings.timeout)
        return HTMLResponse(html)

    async def do_update(update: str, params: dict[str, list[str]]) -> Response:
        if not settings.writable:
            return _error(403, "this endpoint is read-only: start it with 'unkg serve --writable' to allow SPARQL Update")
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            return _error(400, "using-graph-uri and using-named-graph-uri are not supported: write USING / WITH in the update")
        try:
            await run("unkg.serve.tasks:update", update=update)
        except (JobTimeout, JobError) as e:
            return _job_error(e, settings)
        return PlainTextResponse("OK\n")

    async def sparql(request: Request) -> Response:
        try:
            params, query, update = await _read_params(request)
        except ValueError as e:
            status, _, message = str(e).partition(":")
            return _error(int(status), message)
        if update is not None:
            if request.method != "POST":
                return _error(405, "SPARQL Update needs POST")
            if query is not None:
                return _error(400, "give either query or update, not both")
            return await do_update(update, params)
        accept = request.headers.get("accept")
        fmt = (params.get("format") or [None])[0]
        if query is None:
            if request.method == "POST":
                return _error(400, "POST to /sparql needs a query or update (SPARQL 1.1 Protocol §2.1)")
            try:
                family, key = negotiate.choose(["graph", "page"], accept, fmt)
            except negotiate.NotAcceptable as e:
                return _error(406, str(e))
            if family == "page":
                return RedirectResponse("/", status_code=303)
            endpoint = str(request.url.replace(query="", fragment=""))
            return Response(service_description(endpoint, settings, key), media_type=negotiate.media_type("graph", key))
        try:
            negotiate.choose(["results", "graph"], accept, fmt)  # refuse what no query could answer before running it
        except negotiate.NotAcceptable as e:
            return _error(406, str(e))
        try:
            media, body, count, truncated = await run(
                "unkg.serve.tasks:sparql",
                query=query, accept=accept, fmt=fmt, max_rows=settings.max_rows,
                default_graphs=params.get("default-graph-uri"), named_graphs=params.get("named-graph-uri"),
            )
        except (JobTimeout, JobError) as e:
            return _job_error(e, settings)
        headers = {"Vary": "Accept"}
        if truncated:
            headers[TRUNCATED_HEADER] = str(count)
        return Response(body, media_type=media, headers=headers)

    async def update_endpoint(request: Request) -> Response:
        try:
            params, query, update = await _read_params(request)
        except ValueError as e:
            status, _, message = str(e).partition(":")
            return _error(int(status), message)
        if update is None:
            return _error(400, "POST to /update needs an update (update= form field or an application/sparql-update body)")
        return await do_update(update, params)

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
            return _error(400, f"not an IRI: {iri}")
        try:
            family, key = negotiate.choose(["page", "graph"], request.headers.get("accept"), request.query_params.get("format"))
        except negotiate.NotAcceptable as e:
            return _error(406, str(e))
        lang = page_lang(request)
        headers = {"Vary": "Accept, Accept-Language"}
        if iri == ONTOLOGY.rstrip("#"):
            return ontology_response(family, key, headers)
        try:
            if family == "page":
                html = await run("unkg.serve.pages:render_page", iri=iri, lang=lang)
                if html is None:
                    message = render_template("message.html", heading="Not found", message=f"The store says nothing about {iri}.", lang="en", dir="ltr")
                    return HTMLResponse(message, status_code=404)
                return HTMLResponse(html, headers=headers)
            body, count = await run("unkg.serve.tasks:describe", iri=iri, key=key)
        except (JobTimeout, JobError) as e:
            return _job_error(e, settings)
        if count == 0:
            return _error(404, f"the store says nothing about {iri}")
        return Response(body, media_type=negotiate.media_type("graph", key), headers=headers)

    async def view(request: Request) -> Response:
        kind = request.path_params["kind"]
        q = request.query_params
        kwargs: dict = {"kind": kind, "lang": page_lang(request)}
        if q.get("iri"):
            kwargs["iri"] = q["iri"]
        if q.get("hops"):
            if not q["hops"].isdigit() or not 0 < int(q["hops"]) <= 4:
                return _error(400, "hops must be a whole number from 1 to 4")
            kwargs["hops"] = int(q["hops"])
        try:
            html = await run("unkg.serve.tasks:view", **kwargs)
        except JobTimeout as e:
            return _job_error(e, settings)
        except JobError as e:
            if e.kind in ("ModuleNotFoundError", "ImportError"):
                return _error(501, f"graph views are not installed in this unkg ({e})")
            if e.kind == "ViewError" and str(e).startswith("unknown view"):
                return _error(404, str(e))
            if e.kind in ("ViewError", "ValueError"):
                return _error(400, f"view {kind!r}: {e}")
            return _job_error(e, settings)
        return HTMLResponse(html)

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/update", update_endpoint, methods=["POST"]),
        Route("/views/{kind}", view),
    ]
    if yasgui is not None:
        routes.append(Mount("/static/yasgui", app=StaticFiles(directory=yasgui), name="yasgui"))
    prefix = settings.base_path.rstrip("/")
    routes.append(Route(prefix + "/{rest:path}", dereference) if prefix else Route("/{rest:path}", dereference))
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Accept-Language"],
            expose_headers=[TRUNCATED_HEADER],
        )
    ]
    return Starlette(routes=routes, middleware=middleware)


def serve(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    writable: bool = False,
    timeout: float = 30.0,
    max_rows: int = 10000,
    workers: int = 2,
    on_ready=None,
) -> None:
    """Serve the store at ``location`` (a store directory or a SPARQL endpoint's URL) until interrupted.

    Raises:
        RuntimeError: the store cannot be opened or the endpoint does not answer (the message
            names it and the problem).
    """
    import uvicorn

    engine = Engine(location, workers=workers, writable=writable, timeout=timeout)
    try:
        engine.start()
        settings = Settings(base=engine.base or DEFAULT_BASE, writable=writable, max_rows=max_rows, timeout=timeout, remote=engine.remote)
        app = create_app(engine, settings)
        if on_ready:
            on_ready(settings, yasgui_dir())
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        engine.close()
