"""Issuer and signer of the printed documents saved with the campaign: column campaign_planning.documents
(JSON; NULL means the defaults of resources/report_templates). Before, they lived in a JSON file inside
the installed package, overwritten by the next install.

Revision ID: 0007_document_settings
Revises: 0006_campaign_planning
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_document_settings'
down_revision = '0006_campaign_planning'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('campaign_planning') as batch:
        batch.add_column(sa.Column('documents', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('campaign_planning') as batch:
        batch.drop_column('documents')
