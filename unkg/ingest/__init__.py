"""ingest stage of unkg."""
