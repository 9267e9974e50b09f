package com.segmint.publishing.platforms;

import com.segmint.common.ResourceNotFound;
import java.util.List;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The platform catalog: read by every user on every screen, changed by admins rarely, so the list
 * is cached and every write evicts it.
 */
@Service
public class PlatformCatalog {

  public static final String CACHE = "platforms";

  private final PlatformRepository platforms;

  PlatformCatalog(PlatformRepository platforms) {
    this.platforms = platforms;
  }

  @Cacheable(cacheNames = CACHE, key = "'all'")
  public List<Platform> all() {
    return platforms.findAll();
  }

  /** Not cached: its version becomes the ETag that an update must name. */
  public Platform find(int id) {
    return platforms.find(id).orElseThrow(() -> new ResourceNotFound("platform", id));
  }

  @CacheEvict(cacheNames = CACHE, allEntries = true)
  public Platform create(PlatformDetails details) {
    return platforms.insert(details);
  }

  @CacheEvict(cacheNames = CACHE, allEntries = true)
  public Platform update(int id, int version, PlatformDetails details) {
    return platforms.update(id, version, details);
  }

  @CacheEvict(cacheNames = CACHE, allEntries = true)
  public void delete(int id) {
    platforms.delete(id);
  }
}
