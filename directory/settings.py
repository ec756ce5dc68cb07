"""Settings from the environment (MEDINAV_*), with defaults that work on a fresh clone."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from pydantic import Field, SecretStr, field_validator
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

    @field_validator("admin_token")
    @classmethod
    def _refuse_weak_tokens(cls, token: SecretStr | None) -> SecretStr | None:
        # An empty or tiny token would make the import endpoint an open door.
        if token is not None and len(token.get_secret_value()) < 16:
            raise ValueError("MEDINAV_ADMIN_TOKEN must be at least 16 characters (or unset to refuse writes)")
        return token

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
