"""The security tests reuse the server tests' store and in-process apps (``tests.serve.conftest``)."""

from tests.serve.conftest import client, corpus_store, writable_client  # noqa: F401 - fixtures
