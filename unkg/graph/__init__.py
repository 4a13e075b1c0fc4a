"""graph stage of unkg."""
