"""aftercare escalation

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:25:37.982900
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('aftercare_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('rhythm', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_index', sa.Integer(), nullable=False),
    sa.Column('next_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_aftercare_plans_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aftercare_plans'))
    )
    with op.batch_alter_table('aftercare_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aftercare_plans_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_aftercare_plans_due', ['status', 'next_at'], unique=False)

    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('acknowledged_by', sa.Integer(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['acknowledged_by'], ['staff_accounts.id'], name=op.f('fk_alerts_acknowledged_by_staff_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoffs.id'], name=op.f('fk_alerts_handoff_id_handoffs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
    sa.UniqueConstraint('handoff_id', 'level', name='uq_alerts_handoff_level')
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alerts_handoff_id'), ['handoff_id'], unique=False)

    with op.batch_alter_table('municipality_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('office_hours', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('escalate_after_minutes', sa.Integer(), nullable=False, server_default='240'))
        batch_op.add_column(sa.Column('escalate_urgent_minutes', sa.Integer(), nullable=False, server_default='30'))



def downgrade() -> None:
    with op.batch_alter_table('municipality_settings', schema=None) as batch_op:
        batch_op.drop_column('escalate_urgent_minutes')
        batch_op.drop_column('escalate_after_minutes')
        batch_op.drop_column('office_hours')

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alerts_handoff_id'))

    op.drop_table('alerts')
    with op.batch_alter_table('aftercare_plans', schema=None) as batch_op:
        batch_op.drop_index('ix_aftercare_plans_due')
        batch_op.drop_index(batch_op.f('ix_aftercare_plans_contact_id'))

    op.drop_table('aftercare_plans')
