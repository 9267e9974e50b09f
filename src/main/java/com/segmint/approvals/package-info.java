/** Approval workflows and the team members who review and approve. */
@ApplicationModule(allowedDependencies = {"common"})
package com.segmint.approvals;

import org.springframework.modulith.ApplicationModule;
