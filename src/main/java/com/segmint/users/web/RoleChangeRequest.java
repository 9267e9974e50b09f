package com.segmint.users.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record RoleChangeRequest(
    @NotNull
        @Pattern(
            regexp = "creator|team_member|admin",
            message = "must be one of creator, team_member, admin")
        String role) {}
