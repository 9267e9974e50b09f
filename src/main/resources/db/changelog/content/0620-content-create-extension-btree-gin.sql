--liquibase formatted sql

--changeset segmint:content-create-schema-segmint-extensions
--comment: a schema of its own for extensions, so that their many support functions stay out of schema segmint (and out of the generated jOOQ classes); nobody is granted it: the planner and the index machinery use operator classes without privilege checks
CREATE SCHEMA segmint_extensions;
--rollback DROP SCHEMA segmint_extensions;

--changeset segmint:content-create-extension-btree-gin
--comment: GIN operator classes for plain types, so that one GIN index can hold the hour of a content beside its words (0622); trusted since PostgreSQL 13, so the owner role may create it with the CREATE privilege on the database, which it has as the database's owner
CREATE EXTENSION btree_gin SCHEMA segmint_extensions;
--rollback DROP EXTENSION btree_gin;
