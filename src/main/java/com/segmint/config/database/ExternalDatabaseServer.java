package com.segmint.config.database;

/** A PostgreSQL server run by someone else: Segmint neither starts nor stops it. */
record ExternalDatabaseServer(DatabaseEndpoint endpoint) implements DatabaseServer {

  @Override
  public void close() {}
}
