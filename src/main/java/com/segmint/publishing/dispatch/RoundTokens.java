package com.segmint.publishing.dispatch;

import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens of the profiles one dispatcher round publishes to, each profile's read (and refreshed
 * if due) once per round: a round lasts seconds, far less than the refresh margin, so the tokens of
 * its first post still serve its last. A failed read is not kept: the next post tries again.
 */
final class RoundTokens {

  private final SocialProfiles profiles;
  private final Map<Integer, ProfileTokens> read = new HashMap<>();

  RoundTokens(SocialProfiles profiles) {
    this.profiles = profiles;
  }

  Optional<ProfileTokens> of(int profileId) {
    ProfileTokens known = read.get(profileId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<ProfileTokens> fresh = profiles.freshTokens(profileId);
    fresh.ifPresent(tokens -> read.put(profileId, tokens));
    return fresh;
  }
}
