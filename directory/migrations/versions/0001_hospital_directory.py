"""The hospital directory: hospitals, their languages, specialties and direct billing, and terms.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 06:13:39.614389
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "directory_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "district",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hospital",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("address", sa.JSON(), nullable=False),
        sa.Column("district_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("international_desk", sa.JSON(), nullable=True),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("emergency_24h", sa.Boolean(), nullable=False),
        sa.Column("accreditations", sa.JSON(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hospital", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hospital_district_id"), ["district_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hospital_emergency_24h"), ["emergency_24h"], unique=False)

    op.create_table(
        "insurer",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "direct_billing",
        sa.Column("hospital_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("insurer_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hospital_id"], ["hospital.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hospital_id", "insurer_id"),
    )
    with op.batch_alter_table("direct_billing", schema=None) as batch_op:
        batch_op.create_index("ix_direct_billing_insurer", ["insurer_id", "hospital_id"], unique=False)

    op.create_table(
        "hospital_language",
        sa.Column("hospital_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.ForeignKeyConstraint(["hospital_id"], ["hospital.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hospital_id", "language"),
    )
    with op.batch_alter_table("hospital_language", schema=None) as batch_op:
        batch_op.create_index("ix_hospital_language_language", ["language", "hospital_id"], unique=False)

    op.create_table(
        "hospital_specialty",
        sa.Column("hospital_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("specialty", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["hospital_id"], ["hospital.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hospital_id", "specialty"),
    )
    with op.batch_alter_table("hospital_specialty", schema=None) as batch_op:
        batch_op.create_index("ix_hospital_specialty_specialty", ["specialty", "hospital_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hospital_specialty", schema=None) as batch_op:
        batch_op.drop_index("ix_hospital_specialty_specialty")

    op.drop_table("hospital_specialty")
    with op.batch_alter_table("hospital_language", schema=None) as batch_op:
        batch_op.drop_index("ix_hospital_language_language")

    op.drop_table("hospital_language")
    with op.batch_alter_table("direct_billing", schema=None) as batch_op:
        batch_op.drop_index("ix_direct_billing_insurer")

    op.drop_table("direct_billing")
    op.drop_table("insurer")
    with op.batch_alter_table("hospital", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hospital_emergency_24h"))
        batch_op.drop_index(batch_op.f("ix_hospital_district_id"))

    op.drop_table("hospital")
    op.drop_table("district")
    op.drop_table("directory_revision")
