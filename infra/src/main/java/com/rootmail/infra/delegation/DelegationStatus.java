package com.rootmail.infra.delegation;

/**
 * What the parent zone says about a delegation, for one server or for all of them.
 *
 * <pre>{@code
 * if (report.status() != DelegationStatus.LIVE) report.recordsToAdd().forEach(System.out::println);
 * }</pre>
 */
public enum DelegationStatus {
    /** The parent delegates the domain to exactly the expected name servers. */
    LIVE,
    /** The parent has no NS records for the domain. */
    MISSING,
    /** The parent delegates the domain, but to other name servers. */
    MISMATCH,
    /** The parent's servers that answered disagree (usually a zone transfer in progress). */
    PARTIAL,
    /** No answer: timeout, refusal, or no server to ask. */
    UNREACHABLE
}
