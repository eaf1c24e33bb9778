"""Checklists, campaign tasks, programme parts, budget lines, commendations and gifts.

- checklist_item: ``campaign_id`` (every item belongs to a campaign; a campaign task has no site),
  ``site_id`` optional, ``position``, ``completed_on``; status "doing" is renamed "in_progress".
- checklist_template: ``scope`` (site or campaign).
- programme_item: ``part`` (ceremony/festivities) and ``kind`` (commendations, gifts, speech, …).
- new tables budget_line, commendation, gift.

Revision ID: 0005_checklists
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_checklists'
down_revision = '0004_leaders'
branch_labels = None
depends_on = None


def _user_data_columns() -> list[sa.Column]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False)]


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    # checklist_item: add columns nullable, fill them, then tighten (one table rebuild on SQLite).
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('campaign_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('position', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('completed_on', sa.Date(), nullable=True))
    op.execute("UPDATE checklist_item SET campaign_id = "
               "(SELECT site.campaign_id FROM site WHERE site.id = checklist_item.site_id), position = 0")
    op.execute("UPDATE checklist_item SET status = 'in_progress' WHERE status = 'doing'")
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.alter_column('campaign_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.alter_column('position', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('site_id', existing_type=sa.Uuid(), nullable=True)
        batch_op.alter_column('status', existing_type=_enum('todo', 'doing', 'done', 'blocked',
                                                              name='checkliststatus'),
                              type_=_enum('todo', 'in_progress', 'done', 'blocked', name='checkliststatus'),
                              existing_nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_checklist_item_campaign_id_campaign'), 'campaign',
                                    ['campaign_id'], ['id'], ondelete='CASCADE')
        batch_op.create_index(batch_op.f('ix_checklist_item_campaign_id'), ['campaign_id'], unique=False)

    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scope', _enum('site', 'campaign', name='templatescope'), nullable=True))
    op.execute("UPDATE checklist_template SET scope = 'site'")
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.alter_column('scope', existing_type=_enum('site', 'campaign', name='templatescope'),
                              nullable=False)

    with op.batch_alter_table('programme_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('part', _enum('ceremony', 'festivities', name='programmepart'),
                                      nullable=True))
        batch_op.add_column(sa.Column('kind', sa.String(length=30), nullable=True))
    op.execute("UPDATE programme_item SET part = 'ceremony', kind = ''")
    with op.batch_alter_table('programme_item', schema=None) as batch_op:
        batch_op.alter_column('part', existing_type=_enum('ceremony', 'festivities', name='programmepart'),
                              nullable=False)
        batch_op.alter_column('kind', existing_type=sa.String(length=30), nullable=False)

    op.create_table('budget_line',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', _enum('stage', 'sound', 'tents', 'flowers', 'gifts', 'awards', 'transport', 'meals',
                                'media', 'other', name='budgetcategory'), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('estimated_vnd', sa.BigInteger(), nullable=False),
    sa.Column('actual_vnd', sa.BigInteger(), nullable=True),
    sa.Column('funding_source', _enum('central', 'provincial', 'local', 'sponsorship', name='fundingsource'),
              nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_user_data_columns(),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_budget_line_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line'))
    )
    op.create_index(op.f('ix_budget_line_site_id'), 'budget_line', ['site_id'], unique=False)

    op.create_table('commendation',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', _enum('collective', 'individual', name='commendationkind'), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=300), nullable=False),
    sa.Column('award', sa.String(length=300), nullable=False),
    sa.Column('decision_number', sa.String(length=100), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    *_user_data_columns(),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_commendation_site_id_site'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commendation'))
    )
    op.create_index(op.f('ix_commendation_site_id'), 'commendation', ['site_id'], unique=False)

    op.create_table('gift',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('recipient_kind', _enum('household', 'unit', name='giftrecipientkind'), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('gift', sa.String(length=300), nullable=False),
    sa.Column('value_vnd', sa.BigInteger(), nullable=False),
    *_user_data_columns(),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_gift_site_id_site'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift'))
    )
    op.create_index(op.f('ix_gift_site_id'), 'gift', ['site_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_gift_site_id'), table_name='gift')
    op.drop_table('gift')
    op.drop_index(op.f('ix_commendation_site_id'), table_name='commendation')
    op.drop_table('commendation')
    op.drop_index(op.f('ix_budget_line_site_id'), table_name='budget_line')
    op.drop_table('budget_line')
    with op.batch_alter_table('programme_item', schema=None) as batch_op:
        batch_op.drop_column('kind')
        batch_op.drop_column('part')
    with op.batch_alter_table('checklist_template', schema=None) as batch_op:
        batch_op.drop_column('scope')
    op.execute("DELETE FROM checklist_item WHERE site_id IS NULL")  # campaign tasks have no place before
    op.execute("UPDATE checklist_item SET status = 'doing' WHERE status = 'in_progress'")
    with op.batch_alter_table('checklist_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_item_campaign_id'))
        batch_op.drop_constraint(batch_op.f('fk_checklist_item_campaign_id_campaign'), type_='foreignkey')
        batch_op.alter_column('site_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column('completed_on')
        batch_op.drop_column('position')
        batch_op.drop_column('campaign_id')
