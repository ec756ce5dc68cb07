"""Map links open the hospital where the map draws it: GCJ-02 for Amap and Apple, BD-09 for Baidu."""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlsplit

import pytest

from directory.maps import gcj02_to_bd09, map_links, wgs84_to_gcj02


def test_gps_coordinates_shift_as_amaps_own_converter_shifts_them() -> None:
    # Amap's coordinate-convert API documents this pair (coordsys=gps).
    lat, lon = wgs84_to_gcj02(39.990475, 116.481499)
    assert lat == pytest.approx(39.991754014757, abs=1e-6)
    assert lon == pytest.approx(116.487585177952, abs=1e-6)


def test_coordinates_outside_china_are_not_shifted() -> None:
    assert wgs84_to_gcj02(48.8566, 2.3522) == (48.8566, 2.3522)


def test_baidu_coordinates_go_back_to_gcj02_by_baidus_inverse() -> None:
    gcj = (30.631231, 104.047959)
    bd_lat, bd_lon = gcj02_to_bd09(*gcj)
    x, y = bd_lon - 0.0065, bd_lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * math.pi * 3000 / 180)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * math.pi * 3000 / 180)
    assert (z * math.sin(theta), z * math.cos(theta)) == pytest.approx(gcj, abs=1e-6)


def test_a_located_hospital_gets_pins_in_each_maps_datum() -> None:
    links = map_links("枫叶国际诊所", "成都市武侯区枫叶路8号", (30.6337, 104.0455))
    amap = parse_qs(urlsplit(links["amap"]).query)
    assert urlsplit(links["amap"]).netloc == "uri.amap.com"
    assert amap["position"] == ["104.047959,30.631231"] and amap["coordinate"] == ["gaode"]
    assert amap["name"] == ["枫叶国际诊所"]
    baidu = parse_qs(urlsplit(links["baidu"]).query)
    assert baidu["coord_type"] == ["bd09ll"] and baidu["title"] == ["枫叶国际诊所"]
    assert parse_qs(urlsplit(links["apple"]).query)["ll"] == ["30.631231,104.047959"]


def test_without_a_location_the_links_search_for_the_chinese_address() -> None:
    links = map_links("枫叶国际诊所", '成都市"><script>', None)
    assert parse_qs(urlsplit(links["amap"]).query)["keyword"] == ['枫叶国际诊所 成都市"><script>']
    assert parse_qs(urlsplit(links["baidu"]).query)["address"] == ['成都市"><script>']
    assert all(link.startswith("https://") and "<" not in link for link in links.values())
