"""Invitations: dates sent and answered, the reason for accepting despite a conflict; status withdrawn.

The invitation status is stored as a plain string (no database enum), so the new value "withdrawn"
needs no change of column.

Revision ID: 0004_leaders
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004_leaders'
down_revision = '0003_selection'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sent_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('answered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('override_reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_column('override_reason')
        batch_op.drop_column('answered_on')
        batch_op.drop_column('sent_on')
