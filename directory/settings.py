"""Settings from the environment (MEDINAV_*), with defaults that work on a fresh clone."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT: Final = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_PATH: Final = PROJECT_ROOT / "var" / "medinav.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDINAV_", extra="ignore")

    database_url: str = f"sqlite:///{DEFAULT_DATABASE_PATH}"
    #: Bearer token for writes through the HTTP API. None refuses every HTTP write.
    admin_token: SecretStr | None = None
    #: The human hotline the assistant hands over to (Chengdu's 12345 service line has foreign-language help).
    hotline: str = "12345"
    #: The largest directory file an import accepts.
    max_import_bytes: int = Field(default=32 * 1024 * 1024, gt=0)

    # Where the three processes listen (contract section 6); 0.0.0.0 only when asked.
    bind_host: str = "127.0.0.1"
    rasa_port: int = Field(default=5005, gt=0, lt=65536)
    actions_port: int = Field(default=5055, gt=0, lt=65536)
    web_port: int = Field(default=8000, gt=0, lt=65536)
    #: Where Rasa finds an action server; the web app's /healthz asks its /health. "" leaves it unwatched.
    action_endpoint_url: str = ""
    #: Where the web app finds Rasa, for /healthz. "" leaves it unwatched.
    rasa_url: str = ""
    #: The bearer token the action server demands of every action call (Rasa sends it).
    actions_token: SecretStr | None = None

    @field_validator("admin_token")
    @classmethod
    def _refuse_weak_tokens(cls, token: SecretStr | None) -> SecretStr | None:
        # An empty or tiny token would make the import endpoint an open door.
        if token is not None and len(token.get_secret_value()) < 16:
            raise ValueError("MEDINAV_ADMIN_TOKEN must be at least 16 characters (or unset to refuse writes)")
        return token

    @model_validator(mode="before")
    @classmethod
    def _local_defaults(cls, values: dict[str, object]) -> dict[str, object]:
        # Unset means "on this machine, at the configured port"; an explicit "" means "not watched".
        if isinstance(values, dict):
            lowered = {key.lower(): value for key, value in values.items()}
            if lowered.get("action_endpoint_url") is None:
                port = lowered.get("actions_port") or 5055
                values["action_endpoint_url"] = f"http://127.0.0.1:{port}/webhook"
            if lowered.get("rasa_url") is None:
                values["rasa_url"] = f"http://127.0.0.1:{lowered.get('rasa_port') or 5005}"
        return values

    @field_validator("database_url")
    @classmethod
    def _use_psycopg3(cls, url: str) -> str:
        # `postgresql://` means the psycopg 3 driver this package installs, not psycopg2.
        if url.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + url.split("://", 1)[1]
        return url


@cache
def get_settings() -> Settings:
    return Settings()
