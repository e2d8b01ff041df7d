"""Alembic environment: always run from code on the store's own (encrypted) connection."""

from alembic import context

from coopdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
