"""walk ins

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:19:58.318957
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('locations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=80), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('route', sa.Text(), nullable=True),
    sa.Column('accessibility', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_locations'))
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_locations_municipality'), ['municipality'], unique=False)

    op.create_table('walk_ins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('on_date', sa.Date(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('host_peer_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['host_peer_id'], ['peers.id'], name=op.f('fk_walk_ins_host_peer_id_peers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_walk_ins_location_id_locations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_walk_ins'))
    )
    with op.batch_alter_table('walk_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_walk_ins_location_id'), ['location_id'], unique=False)

    op.create_table('walk_in_slots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('walk_in_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('booked', sa.Integer(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['walk_in_id'], ['walk_ins.id'], name=op.f('fk_walk_in_slots_walk_in_id_walk_ins'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_walk_in_slots')),
    sa.UniqueConstraint('walk_in_id', 'starts_at', name='uq_walk_in_slots_occurrence')
    )
    with op.batch_alter_table('walk_in_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_walk_in_slots_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_walk_in_slots_walk_in_id'), ['walk_in_id'], unique=False)

    op.create_table('bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('reminders_sent', sa.JSON(), nullable=False),
    sa.Column('feedback', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('marked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_bookings_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['slot_id'], ['walk_in_slots.id'], name=op.f('fk_bookings_slot_id_walk_in_slots'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bookings_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_bookings_slot_status', ['slot_id', 'status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_slot_status')
        batch_op.drop_index(batch_op.f('ix_bookings_contact_id'))

    op.drop_table('bookings')
    with op.batch_alter_table('walk_in_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_walk_in_slots_walk_in_id'))
        batch_op.drop_index(batch_op.f('ix_walk_in_slots_starts_at'))

    op.drop_table('walk_in_slots')
    with op.batch_alter_table('walk_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_walk_ins_location_id'))

    op.drop_table('walk_ins')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_locations_municipality'))

    op.drop_table('locations')
