/** In-app notifications of what happens to a user's work, and e-mail when SMTP is configured. */
@ApplicationModule(allowedDependencies = {"common", "approvals", "users"})
package com.segmint.notifications;

import org.springframework.modulith.ApplicationModule;
