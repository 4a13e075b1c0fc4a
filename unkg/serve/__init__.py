"""serve stage of unkg."""
