"""views stage of unkg."""
