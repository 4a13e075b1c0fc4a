"""Triples as compacted JSON-LD, written directly against one known context.

pyld's compaction (JSON-LD 1.1 API §6.1) is general, and slow: it expands the context, builds an
inverse context and runs term selection (§6.2) for every value; on the whole corpus it took
minutes. unkg compacts against its own generated context (``unkg/ontology/context.jsonld``),
whose shapes are few: prefixes, terms for classes, and property terms that are plain, coerced to
``@id`` or to one datatype, or ``@language`` maps. ``Compactor`` reads such a context once and
places every value under a key whose definition expands it back to exactly the same RDF term:

- a node reference under a term with ``"@type": "@id"`` as a string, else as ``{"@id": ...}``;
- a literal of datatype D under a term with ``"@type": D`` as its lexical form; a language-tagged
  string in a term's ``@language`` map (§4.6.2.4 of JSON-LD 1.1), or under a term with that
  ``@language``; an ``xsd:string`` under a plain term as a JSON string;
- anything else under the property's compact IRI (``prefix:suffix``, §4.1.5) or full IRI, as an
  expanded value object (``{"@value", "@type"}``, ``{"@value", "@language"}``, ``{"@id"}``);
- ``rdf:type`` objects that are IRIs become ``@type``, as terms when the context names the class.

It never writes a value under a key whose coercion would change it, so the output expands to
the same triples (a test checks it with pyld and rdflib on real graphs). A context with features
this does not handle (``@vocab``, a default ``@language``, ``@reverse``, scoped contexts,
``@list``, ``@nest``...) raises ``Unsupported`` when the Compactor is made, and the caller uses pyld.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# JSON-LD 1.1 §4.1.5: a simple term whose IRI ends with one of these is a prefix for compact IRIs
GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")
_DEFINITION_KEYS = {"@id", "@type", "@container", "@language"}


class Unsupported(ValueError):
    """The context uses a feature the direct compactor does not implement."""


class Compactor:
    """Compacts RDF terms against one JSON-LD context (a dict, or a list of dicts, as in ``@context``)."""

    def __init__(self, context: dict | list) -> None:
        merged: dict = {}
        for part in context if isinstance(context, list) else [context]:
            if not isinstance(part, dict):
                raise Unsupported("remote contexts are not supported")
            merged.update(part)
        for key in merged:
            if key.startswith("@"):
                raise Unsupported(f"context keyword {key}")
        self.terms: dict[str, dict] = {}
        raw = merged
        # prefixes first: simple terms whose IRI ends with a gen-delim (JSON-LD 1.1 §4.1.5)
        self.prefixes: list[tuple[str, str]] = []
        for term, value in raw.items():
            if isinstance(value, str) and ":" not in term and value.endswith(GEN_DELIMS):
                self.prefixes.append((term, self._expand(value, raw)))
        self.prefixes.sort(key=lambda p: len(p[1]), reverse=True)  # the longest namespace wins
        # what each property IRI may be written as: (key, kind) with kind "id", ("datatype", D),
        # ("language", L), ("map",) for an @language container, "plain" (no coercion)
        self.by_iri: dict[str, list[tuple[str, tuple]]] = {}
        self.class_terms: dict[str, str] = {}
        for term, value in raw.items():
            if value is None:
                raise Unsupported(f"term {term} is null")
            if isinstance(value, str):
                iri = self._expand(value, raw)
                self.by_iri.setdefault(iri, []).append((term, ("plain",)))
                self.class_terms.setdefault(iri, term)
                continue
            extra = set(value) - _DEFINITION_KEYS
            if extra or "@id" not in value:
                raise Unsupported(f"term {term}: {sorted(extra) or 'no @id'}")
            iri = self._expand(value["@id"], raw)
            container = value.get("@container")
            coerce = value.get("@type")
            language = value.get("@language", False)
            if container not in (None, "@language", "@set"):
                raise Unsupported(f"term {term}: @container {container}")
            if container == "@language":
                if coerce is not None:
                    raise Unsupported(f"term {term}: @language map with @type")
                kind: tuple = ("map",)
            elif coerce == "@id":
                kind = ("id",)
            elif coerce is not None:
                if coerce.startswith("@"):
                    raise Unsupported(f"term {term}: @type {coerce}")
                kind = ("datatype", self._expand(coerce, raw))
            elif language is not False:
                kind = ("language", language)
            else:
                kind = ("plain",)
            self.by_iri.setdefault(iri, []).append((term, kind + (("set",) if container == "@set" else ())))
        self.term_names = set(raw)

    def _expand(self, value: str, raw: dict) -> str:
        """A context value's IRI: a compact IRI through a prefix of the same context, or as it is."""
        prefix, colon, suffix = value.partition(":")
        if colon and not suffix.startswith("//") and prefix in raw and isinstance(raw[prefix], str):
            return raw[prefix] + suffix
        return value

    # --- IRIs -----------------------------------------------------------------------------

    def iri(self, iri: str) -> str:
        """An IRI as a compact IRI when a prefix fits, else whole; never a string a processor
        would read as something else (a term, a keyword, a compact IRI of another prefix)."""
        for prefix, ns in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                suffix = iri[len(ns):]
                compact = f"{prefix}:{suffix}"
                if not suffix.startswith("//") and compact not in self.term_names:
                    return compact
        scheme = iri.partition(":")[0]
        if scheme in self.term_names or iri in self.term_names or iri.startswith("@") or ":" not in iri:
            raise Unsupported(f"IRI {iri} cannot be written unambiguously")
        return iri

    def node_id(self, term) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        raise Unsupported(f"{term!r} as a node (RDF-star)")

    def type_name(self, iri: str) -> str:
        """A class IRI in ``@type`` (vocabulary-relative: a term, else a compact or whole IRI)."""
        return self.class_terms.get(iri) or self.iri(iri)

    # --- values ---------------------------------------------------------------------------

    def _key_for(self, predicate: str, term) -> tuple[str, tuple, object]:
        """(key, kind, compacted value) for one object of ``predicate``."""
        candidates = self.by_iri.get(predicate, ())
        if isinstance(term, ox.NamedNode | ox.BlankNode):
            ref = self.node_id(term)
            for key, kind in candidates:
                if kind[0] == "id":
                    return key, kind, ref
            return self._plain_key(predicate, candidates), ("plain",), {"@id": ref}
        if not isinstance(term, ox.Literal):
            raise Unsupported(f"{term!r} as a value (RDF-star)")
        if term.language:
            for key, kind in candidates:
                if kind[0] == "map":
                    return key, kind, (term.language, term.value)
                if kind[0] == "language" and kind[1] == term.language:
                    return key, kind, term.value
            return self._plain_key(predicate, candidates), ("plain",), {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        for key, kind in candidates:
            if kind[0] == "datatype" and kind[1] == datatype:
                return key, kind, term.value
        if datatype == XSD_STRING:
            for key, kind in candidates:
                if kind[0] == "plain":
                    return key, kind, term.value
            return self._plain_key(predicate, candidates), ("plain",), {"@value": term.value}
        return self._plain_key(predicate, candidates), ("plain",), {"@value": term.value, "@type": self.iri(datatype)}

    def _plain_key(self, predicate: str, candidates) -> str:
        """A key whose values are read as they are written: a plain term of the IRI, else the IRI."""
        for key, kind in candidates:
            if kind[0] == "plain":
                return key
        return self.iri(predicate)

    def node(self, subject, pairs: Iterable[tuple]) -> dict:
        """One node object from its subject and ``(predicate, object)`` pairs."""
        out: dict = {"@id": self.node_id(subject)}
        types: list[str] = []
        values: dict[str, list] = {}
        kinds: dict[str, tuple] = {}
        for predicate, obj in pairs:
            p = predicate.value
            if p == RDF_TYPE and isinstance(obj, ox.NamedNode):
                types.append(self.type_name(obj.value))
                continue
            key, kind, value = self._key_for(p, obj)
            values.setdefault(key, []).append(value)
            kinds[key] = kind
        if types:
            out["@type"] = types[0] if len(types) == 1 else types
        for key in sorted(values):
            vs, kind = values[key], kinds[key]
            if kind[0] == "map":
                by_lang: dict[str, list[str]] = {}
                for lang, text in vs:
                    by_lang.setdefault(lang, []).append(text)
                out[key] = {lang: texts[0] if len(texts) == 1 else texts for lang, texts in sorted(by_lang.items())}
            elif len(vs) == 1 and "set" not in kind:
                out[key] = vs[0]
            else:
                out[key] = vs
        return out

    def nodes(self, triples: Iterable) -> list[dict]:
        """Node objects for triples, one per subject, in the order subjects first appear."""
        grouped: dict = {}
        for t in triples:
            grouped.setdefault(t.subject, []).append((t.predicate, t.object))
        return [self.node(subject, pairs) for subject, pairs in grouped.items()]
