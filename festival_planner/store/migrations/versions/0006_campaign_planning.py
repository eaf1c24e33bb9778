"""Planning parameters saved with the campaign: table campaign_planning (one row per campaign), with
the travel model (JSON; NULL means the defaults). Before, the travel model lived in each user's
settings, so two users of one plan saw different conflicts.

Revision ID: 0006_campaign_planning
Revises: 0005_checklists
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_campaign_planning'
down_revision = '0005_checklists'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('campaign_planning',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('travel', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'],
                            name=op.f('fk_campaign_planning_campaign_id_campaign'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_planning')),
    sa.UniqueConstraint('campaign_id', name=op.f('uq_campaign_planning_campaign_id'))
    )


def downgrade() -> None:
    op.drop_table('campaign_planning')
