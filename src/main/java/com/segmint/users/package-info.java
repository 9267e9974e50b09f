/** Accounts, login, roles, social profiles and their encrypted tokens. */
@ApplicationModule(allowedDependencies = {"common"})
package com.segmint.users;

import org.springframework.modulith.ApplicationModule;
