"""The directory's tables. One module, so that every part imports the same metadata.

Lists that a search filters on (languages, specialties, direct billing) are rows of their own, indexed
for the filter; everything a search only shows lives on the hospital row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


class TermRow(SQLModel):
    """An insurer or district named by an import; it overlays the built-in term of the same id."""

    id: str = Field(primary_key=True, max_length=64)
    name: dict[str, str] = Field(sa_type=JSON, nullable=False)
    aliases: list[str] = Field(default_factory=list, sa_type=JSON, nullable=False)


class District(TermRow, table=True):
    pass


class Insurer(TermRow, table=True):
    pass


class Hospital(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=64)
    name: dict[str, str] = Field(sa_column=Column(JSON, nullable=False))
    address: dict[str, str] = Field(sa_column=Column(JSON, nullable=False))
    district_id: str = Field(index=True, max_length=64)
    phone: str
    international_desk: dict[str, object] | None = Field(default=None, sa_column=Column(JSON))
    website: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    emergency_24h: bool = Field(default=False, index=True)
    accreditations: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    verified_on: date | None = None
    notes: dict[str, str] | None = Field(default=None, sa_column=Column(JSON))


class HospitalLanguage(SQLModel, table=True):
    __tablename__ = "hospital_language"
    __table_args__ = (Index("ix_hospital_language_language", "language", "hospital_id"),)

    hospital_id: str = Field(foreign_key="hospital.id", primary_key=True, ondelete="CASCADE")
    language: str = Field(primary_key=True, max_length=2)


class HospitalSpecialty(SQLModel, table=True):
    __tablename__ = "hospital_specialty"
    __table_args__ = (Index("ix_hospital_specialty_specialty", "specialty", "hospital_id"),)

    hospital_id: str = Field(foreign_key="hospital.id", primary_key=True, ondelete="CASCADE")
    specialty: str = Field(primary_key=True, max_length=64)


class DirectBilling(SQLModel, table=True):
    __tablename__ = "direct_billing"
    __table_args__ = (Index("ix_direct_billing_insurer", "insurer_id", "hospital_id"),)

    hospital_id: str = Field(foreign_key="hospital.id", primary_key=True, ondelete="CASCADE")
    insurer_id: str = Field(primary_key=True, max_length=64)


class DirectoryRevision(SQLModel, table=True):
    """One row whose number goes up with every import that changes something.

    Processes that cache the vocabulary (the API, the action server) compare it to know when to
    rebuild, which is how an import is live at once without a restart.
    """

    __tablename__ = "directory_revision"

    id: int = Field(default=1, primary_key=True)
    revision: int = 0
    changed_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
