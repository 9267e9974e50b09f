package com.segmint.publishing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.segmint.users.ProfileTokens;
import com.segmint.users.SocialProfiles;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundTokensTests {

  private final List<Integer> reads = new ArrayList<>();

  @Test
  void shouldReadEachProfilesTokensOnceInARound() {
    RoundTokens round = new RoundTokens(profilesConnected(7, 8));

    List<Integer> handedTo =
        List.of(7, 8, 7, 7, 8).stream().map(id -> round.of(id).orElseThrow().profileId()).toList();

    assertThat(handedTo).containsExactly(7, 8, 7, 7, 8);
    assertThat(reads).containsExactly(7, 8);
  }

  @Test
  void shouldReadAgainInTheNextRound() {
    SocialProfiles profiles = profilesConnected(7);

    new RoundTokens(profiles).of(7);
    new RoundTokens(profiles).of(7);

    assertThat(reads).containsExactly(7, 7);
  }

  @Test
  void shouldTryAgainForAProfileWhoseTokensCouldNotBeRead() {
    RoundTokens round = new RoundTokens(profilesConnected());

    assertThat(round.of(9)).isEmpty();
    assertThat(round.of(9)).isEmpty();
    assertThat(reads).containsExactly(9, 9);
  }

  /** Profiles whose {@code freshTokens} answers for the given ids and counts every call. */
  private SocialProfiles profilesConnected(Integer... ids) {
    List<Integer> connected = List.of(ids);
    return (SocialProfiles)
        Proxy.newProxyInstance(
            SocialProfiles.class.getClassLoader(),
            new Class<?>[] {SocialProfiles.class},
            (proxy, method, args) -> {
              assertThat(method.getName()).isEqualTo("freshTokens");
              int id = (Integer) args[0];
              reads.add(id);
              return connected.contains(id)
                  ? Optional.of(
                      new ProfileTokens(id, "access-" + id, null, OffsetDateTime.now().plusDays(1)))
                  : Optional.empty();
            });
  }
}
