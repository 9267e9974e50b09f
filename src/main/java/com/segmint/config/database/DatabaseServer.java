package com.segmint.config.database;

/** The database the service runs on: started by it (embedded) or run by someone else. */
public interface DatabaseServer extends AutoCloseable {

  DatabaseEndpoint endpoint();

  @Override
  void close();
}
