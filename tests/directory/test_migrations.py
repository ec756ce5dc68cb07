"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from directory.db import MIGRATIONS, make_engine, migrate


def test_the_migrations_leave_nothing_for_autogenerate_to_add(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/schema.db")
    migrate(engine)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.check(config)  # raises when the models and the migrations disagree
