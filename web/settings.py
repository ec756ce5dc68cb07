"""The web app's own settings (MEDINAV_*): who may embed the widget, where Rasa is, the map tiles."""

from __future__ import annotations

from functools import cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDINAV_", extra="ignore")

    web_port: int = 8000
    rasa_port: int = 5005
    #: Where the socket.io pass-through finds Rasa; default: this machine on MEDINAV_RASA_PORT.
    rasa_url: str | None = None
    #: Comma-separated origins whose pages may embed the widget (read the API, open the chat socket).
    #: Empty: the web app's own origin only. Rasa's channel reads the same variable.
    allowed_origins: str = ""
    #: A map tile URL template (`https://tiles.example/{z}/{x}/{y}.png`) for the small map of results.
    #: None by default: tile services need a key or an agreement, so without one the pages show links.
    map_tiles: str | None = None

    @property
    def origins(self) -> list[str]:
        configured = [origin.strip().rstrip("/") for origin in self.allowed_origins.split(",")]
        if any(configured):
            return [origin for origin in configured if origin]
        return [f"http://localhost:{self.web_port}", f"http://127.0.0.1:{self.web_port}"]

    @property
    def rasa_base_url(self) -> str:
        return (self.rasa_url or f"http://127.0.0.1:{self.rasa_port}").rstrip("/")


@cache
def get_web_settings() -> WebSettings:
    return WebSettings()
