"""peer matching

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:50:12.165973
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('peers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('province', sa.String(length=40), nullable=True),
    sa.Column('themes', sa.JSON(), nullable=False),
    sa.Column('availability', sa.JSON(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('paused', sa.Boolean(), nullable=False),
    sa.Column('paused_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('invite_hash', sa.String(length=64), nullable=True),
    sa.Column('invite_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_peers_contact_id_contacts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peers')),
    sa.UniqueConstraint('contact_id', name=op.f('uq_peers_contact_id')),
    sa.UniqueConstraint('invite_hash', name=op.f('uq_peers_invite_hash'))
    )
    op.create_table('matches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('peer_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('province', sa.String(length=40), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=True),
    sa.Column('prefer_local', sa.Boolean(), nullable=True),
    sa.Column('themes', sa.JSON(), nullable=False),
    sa.Column('parent_alias', sa.String(length=40), nullable=True),
    sa.Column('parent_shares', sa.String(length=200), nullable=True),
    sa.Column('peer_shares', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.String(length=16), nullable=True),
    sa.Column('end_reason', sa.String(length=24), nullable=True),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_matches_conversation_id_conversations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['peer_id'], ['peers.id'], name=op.f('fk_matches_peer_id_peers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matches'))
    )
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matches_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_matches_peer_id'), ['peer_id'], unique=False)
        batch_op.create_index('ix_matches_status', ['status', 'municipality'], unique=False)

    op.create_table('peer_municipalities',
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('municipality', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['peer_id'], ['peers.id'], name=op.f('fk_peer_municipalities_peer_id_peers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('peer_id', 'municipality', name=op.f('pk_peer_municipalities'))
    )
    with op.batch_alter_table('peer_municipalities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_peer_municipalities_municipality'), ['municipality'], unique=False)

    op.create_table('match_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('match_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['match_id'], ['matches.id'], name=op.f('fk_match_proposals_match_id_matches'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peers.id'], name=op.f('fk_match_proposals_peer_id_peers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_proposals'))
    )
    with op.batch_alter_table('match_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_match_proposals_match_id'), ['match_id'], unique=False)
        batch_op.create_index('ix_match_proposals_open', ['status', 'expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_match_proposals_peer_id'), ['peer_id'], unique=False)

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('peer_wish', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('match_status', sa.String(length=12), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('match_status')
        batch_op.drop_column('peer_wish')

    with op.batch_alter_table('match_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_match_proposals_peer_id'))
        batch_op.drop_index('ix_match_proposals_open')
        batch_op.drop_index(batch_op.f('ix_match_proposals_match_id'))

    op.drop_table('match_proposals')
    with op.batch_alter_table('peer_municipalities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_peer_municipalities_municipality'))

    op.drop_table('peer_municipalities')
    with op.batch_alter_table('matches', schema=None) as batch_op:
        batch_op.drop_index('ix_matches_status')
        batch_op.drop_index(batch_op.f('ix_matches_peer_id'))
        batch_op.drop_index(batch_op.f('ix_matches_conversation_id'))

    op.drop_table('matches')
    op.drop_table('peers')
