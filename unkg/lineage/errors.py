"""The one error lineage raises: two works that cannot be compared, a work the store lacks."""


class LineageError(ValueError):
    """Two works that cannot be compared (one line for the user)."""
