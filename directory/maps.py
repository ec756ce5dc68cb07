"""Links that open a hospital in the maps people use in Chengdu: Amap, Baidu Maps, Apple Maps.

The directory keeps WGS-84 (GPS) coordinates. Maps in China use shifted datums by law: Amap and Apple
Maps in China GCJ-02, Baidu Maps BD-09, so a pin placed with raw GPS coordinates lands a few hundred
metres off (about 500 m in Chengdu). The conversions are the published GCJ-02 / BD-09 formulas.
Without a location, the links search for the Chinese address, which every one of these maps reads.
"""

from __future__ import annotations

import math
from typing import Final, TypedDict
from urllib.parse import urlencode

_A: Final = 6378245.0  # Krasovsky 1940 semi-major axis, as GCJ-02 uses
_EE: Final = 0.00669342162296594323  # its eccentricity squared
_X_PI: Final = math.pi * 3000.0 / 180.0
SOURCE: Final = "MedNav"


class MapLinks(TypedDict):
    amap: str
    baidu: str
    apple: str


def _outside_china(lat: float, lon: float) -> bool:
    return not (73.66 < lon < 135.05 and 3.86 < lat < 53.55)


def _shift_lat(x: float, y: float) -> float:
    shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    shift += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    shift += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    shift += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return shift


def _shift_lon(x: float, y: float) -> float:
    shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    shift += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    shift += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    shift += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return shift


def wgs84_to_gcj02(lat: float, lon: float) -> tuple[float, float]:
    """GPS coordinates as Amap and Apple Maps (in China) place them; unchanged outside China."""
    if _outside_china(lat, lon):
        return lat, lon
    d_lat = _shift_lat(lon - 105.0, lat - 35.0)
    d_lon = _shift_lon(lon - 105.0, lat - 35.0)
    rad_lat = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_A / sqrt_magic * math.cos(rad_lat) * math.pi)
    return lat + d_lat, lon + d_lon


def gcj02_to_bd09(lat: float, lon: float) -> tuple[float, float]:
    """GCJ-02 coordinates as Baidu Maps places them."""
    z = math.sqrt(lon * lon + lat * lat) + 0.00002 * math.sin(lat * _X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _X_PI)
    return z * math.sin(theta) + 0.006, z * math.cos(theta) + 0.0065


def map_links(name_zh: str, address_zh: str, location: tuple[float, float] | None) -> MapLinks:
    """Amap, Baidu Maps and Apple Maps links to the hospital: its pin when located, else its address."""
    if location is None:
        return {
            "amap": "https://uri.amap.com/search?" + urlencode({"keyword": f"{name_zh} {address_zh}"}),
            "baidu": "https://api.map.baidu.com/geocoder?"
            + urlencode({"address": address_zh, "output": "html", "src": SOURCE}),
            "apple": "https://maps.apple.com/?" + urlencode({"q": name_zh, "address": address_zh}),
        }
    gcj_lat, gcj_lon = wgs84_to_gcj02(*location)
    bd_lat, bd_lon = gcj02_to_bd09(gcj_lat, gcj_lon)
    return {
        "amap": "https://uri.amap.com/marker?"
        + urlencode(
            {
                "position": f"{gcj_lon:.6f},{gcj_lat:.6f}",
                "name": name_zh,
                "src": SOURCE,
                "coordinate": "gaode",
                "callnative": "1",
            }
        ),
        "baidu": "https://api.map.baidu.com/marker?"
        + urlencode(
            {
                "location": f"{bd_lat:.6f},{bd_lon:.6f}",
                "title": name_zh,
                "content": address_zh,
                "coord_type": "bd09ll",
                "output": "html",
                "src": SOURCE,
            }
        ),
        "apple": "https://maps.apple.com/?" + urlencode({"ll": f"{gcj_lat:.6f},{gcj_lon:.6f}", "q": name_zh}),
    }
