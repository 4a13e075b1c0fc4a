"""export stage of unkg."""
