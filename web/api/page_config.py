"""What the pages need to know of the server's settings: the map tile source, when one is configured."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from web.settings import WebSettings, get_web_settings

router = APIRouter(prefix="/api/page-config", tags=["pages"])


class PageConfig(BaseModel):
    #: URL template of map tiles ({z}/{x}/{y}); null: no map, the pages show map links only.
    map_tiles: str | None


@router.get("", summary="Settings the widget and the lookup page follow")
def page_config(settings: Annotated[WebSettings, Depends(get_web_settings)]) -> PageConfig:
    return PageConfig(map_tiles=settings.map_tiles)
