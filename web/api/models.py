"""The API's answers, typed, so that the OpenAPI schema describes every field a client receives.

A hospital is the directory file's Hospital (contract section 2) plus what a reader needs to show it:
`display_name` and `display_address` in the asked locale, and `map_links`. Optional keys that a hospital
lacks are left out of the answer, as in the file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from directory.importer import ImportMode

Locale = Literal["en", "zh", "ja", "de", "fr"]
LocalizedText = dict[str, str]


class _Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InternationalDeskPublic(_Answer):
    phone: str | None = None
    email: str | None = None
    hours: LocalizedText | None = Field(default=None, description="Opening hours by locale")


class LocationPublic(_Answer):
    lat: float = Field(ge=-90, le=90, description="WGS-84 latitude")
    lon: float = Field(ge=-180, le=180, description="WGS-84 longitude")


class MapLinksPublic(_Answer):
    amap: str = Field(description="Amap (GCJ-02 pin, or a search for the Chinese address)")
    baidu: str = Field(description="Baidu Maps (BD-09 pin, or a search for the Chinese address)")
    apple: str = Field(description="Apple Maps (GCJ-02, as Apple Maps places pins in China)")


class HospitalPublic(_Answer):
    id: str
    name: LocalizedText = Field(description="Name by locale; `en` and `zh` always present")
    district: str = Field(description="District id")
    address: LocalizedText = Field(description="Street address by locale; `en` and `zh` always present")
    phone: str
    international_desk: InternationalDeskPublic | None = None
    website: str | None = None
    location: LocationPublic | None = None
    languages: list[str] = Field(description="ISO 639-1 codes of the languages patients are served in")
    specialties: list[str] = Field(description="Specialty codes of the departments open to foreign patients")
    emergency_24h: bool
    direct_billing: list[str] = Field(description="Ids of the insurers billed directly")
    accreditations: list[str] | None = None
    verified_on: str | None = Field(default=None, description="YYYY-MM-DD: when these facts were checked")
    notes: LocalizedText | None = Field(default=None, description="Free text for patients, by locale")
    display_name: str = Field(description="The name in the asked locale (English where it has none)")
    display_address: str = Field(description="The address in the asked locale (English where it has none)")
    map_links: MapLinksPublic
    distance_km: float | None = Field(default=None, description="From the `near` point, when one was given")


class HospitalPage(_Answer):
    total: int = Field(description="Every hospital matching the filters")
    results: list[HospitalPublic] = Field(description="This page of them, best first")


class ChangesPublic(_Answer):
    added: list[str]
    updated: list[str]
    unchanged: list[str]
    removed: list[str]


class DuplicateNamePublic(_Answer):
    """A name, alias or id of an insurer or district that another term of the same kind has too."""

    path: str = Field(description="Where the name stands in the file, e.g. insurers[1].aliases[0]")
    kind: str = Field(description="insurer or district")
    name: str = Field(description="The name as written")
    id: str = Field(description="The file's term that has it")
    other_ids: list[str] = Field(description="The other terms of the same kind that have it")
    message: str


class ImportReportPublic(_Answer):
    mode: ImportMode
    dry_run: bool
    hospitals: ChangesPublic
    insurers: ChangesPublic
    districts: ChangesPublic
    revision: int = Field(description="The directory revision after the import")
    changed: bool = Field(description="Whether the import changes anything (on a dry run: would change)")
    duplicate_names: list[DuplicateNamePublic] = Field(
        default_factory=list,
        description="Warnings, not errors: names two insurers or districts share, to merge under one id",
    )
