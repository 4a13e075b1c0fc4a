"""Graph views of the store: networkx projections and metrics (``networks``), analyses that
rank and group them (``analyze``), and self-contained pyvis HTML (``render``)."""

from unkg.views.render import VIEWS, ViewError, render_view

__all__ = ["VIEWS", "ViewError", "render_view"]
