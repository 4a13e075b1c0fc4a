"""Graph views of the store: networkx projections and metrics (``networks``), views shaped by a
researcher's question (``questions``) and laid out to be read (``layout``), analyses that rank
and group them (``analyze``), and self-contained pyvis HTML (``render``)."""

from unkg.views.render import VIEWS, ViewError, build_view, render_scene, render_view

__all__ = ["VIEWS", "ViewError", "build_view", "render_scene", "render_view"]
