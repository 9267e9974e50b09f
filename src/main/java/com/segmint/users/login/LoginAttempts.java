package com.segmint.users.login;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits failed logins per account (guessing one password) and per client address (trying many
 * accounts). Counted in this process only: with several instances each counts its own failures, so
 * the effective limit grows with the number of instances.
 */
@Component
class LoginAttempts {

  private final FailureLog accounts;
  private final FailureLog addresses;

  LoginAttempts(LoginProperties properties) {
    Clock clock = Clock.systemUTC();
    this.accounts =
        new FailureLog(properties.maxFailuresPerAccount(), properties.accountWindow(), clock);
    this.addresses =
        new FailureLog(properties.maxFailuresPerAddress(), properties.addressWindow(), clock);
  }

  /**
   * @throws TooManyLoginAttempts when the account or the address has failed too often lately
   */
  void checkAllowed(String account, String address) {
    Duration accountWait = accounts.blockedFor(account);
    Duration addressWait = addresses.blockedFor(address);
    Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
    if (!wait.isZero() && !wait.isNegative()) {
      throw new TooManyLoginAttempts(wait);
    }
  }

  void failed(String account, String address) {
    accounts.record(account);
    addresses.record(address);
  }

  void succeeded(String account) {
    accounts.clear(account);
  }
}
