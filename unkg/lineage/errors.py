"""The errors lineage raises: two works that cannot be compared, or a work the store lacks."""


class LineageError(ValueError):
    """Two works that cannot be compared (one line for the user)."""


class NotInStore(LineageError):
    """A work, or a language version of it, the store does not hold (the server answers 404)."""
