package com.rootmail.policy;

/** How a violated policy acts: {@code MANDATORY} stops a preview or update, {@code ADVISORY} only warns. */
public enum EnforcementLevel {
    ADVISORY,
    MANDATORY
}
