"""Field kits: the database's stable id (database_identity, one row filled here) and the return kits
already merged (merged_kit), so a kit from another database is refused and merging twice is a no-op.

Revision ID: 0008_field_kits
Revises: 0007_document_settings
Create Date: 2026-12-06
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0008_field_kits'
down_revision = '0007_document_settings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table('database_identity',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_identity'))
    )
    op.create_table('merged_kit',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('base_kit_id', sa.Uuid(), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('merged_by', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merged_kit'))
    )
    with op.batch_alter_table('merged_kit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_kit_base_kit_id'), ['base_kit_id'], unique=False)
    op.bulk_insert(identity, [{'id': uuid.uuid4(), 'created_at': dt.datetime.now(dt.UTC).replace(tzinfo=None)}])


def downgrade() -> None:
    with op.batch_alter_table('merged_kit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_kit_base_kit_id'))
    op.drop_table('merged_kit')
    op.drop_table('database_identity')
