--liquibase formatted sql

--changeset segmint:engine-create-table-text-embedding
--comment: each text is embedded once: keyed by the SHA-256 of the model's name and the text, never the text itself
CREATE TABLE text_embedding (
    text_hash  BYTEA        PRIMARY KEY,
    model      VARCHAR(100) NOT NULL,
    vector     REAL[]       NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT text_embedding_text_hash_check CHECK (octet_length(text_hash) = 32),
    CONSTRAINT text_embedding_vector_check CHECK (cardinality(vector) BETWEEN 1 AND 4096)
);
--rollback DROP TABLE text_embedding;

--changeset segmint:engine-grant-text-embedding-app
--comment: written once and read, never changed; no SELECT for segmint_readonly: vectors partly reveal their texts
GRANT SELECT, INSERT ON text_embedding TO segmint_app;
--rollback REVOKE SELECT, INSERT ON text_embedding FROM segmint_app;
