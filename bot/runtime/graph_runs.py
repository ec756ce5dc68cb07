"""The part of the model's graph that a run needs, worked out once per set of targets.

For every message Rasa runs its graph twice or more (parse the message, predict each next action),
and each run first works out which nodes its targets depend on by walking the graph recursively, with
no memory of the last walk: 2 ms of the event loop per message, for an answer that never changes
while the model is loaded. `GraphSchema.minimal_graph_schema` is wrapped to keep its answers per
schema and targets; the schema it returns is only read (`DaskGraphRunner._build_dask_graph`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from rasa.engine.graph import GraphSchema


def remember_minimal_schemas() -> None:
    original: Callable[..., GraphSchema] = GraphSchema.minimal_graph_schema
    if getattr(original, "remembers_minimal_schemas", False):
        return

    @wraps(original)
    def minimal_graph_schema(self: GraphSchema, targets: list[str] | None = None) -> GraphSchema:
        remembered: dict[tuple[str, ...] | None, GraphSchema]
        remembered = self.__dict__.setdefault("_minimal_schemas", {})
        key = tuple(targets) if targets else None
        if key not in remembered:
            remembered[key] = original(self, targets)
        return remembered[key]

    minimal_graph_schema.remembers_minimal_schemas = True  # type: ignore[attr-defined]
    GraphSchema.minimal_graph_schema = minimal_graph_schema  # type: ignore[method-assign]
