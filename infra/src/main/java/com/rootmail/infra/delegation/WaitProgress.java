package com.rootmail.infra.delegation;

import java.time.Duration;

/**
 * One check during a wait that did not find the delegation live yet.
 *
 * @param attempt 1 for the first check
 * @param elapsed since the wait began
 * @param nextCheckIn the pause before the next check
 */
public record WaitProgress(int attempt, Duration elapsed, DelegationReport report, Duration nextCheckIn) {

    /** One log line: the status and when the next check comes. */
    public String summary() {
        return "Delegation of " + report.domain() + " is " + report.status() + " after check " + attempt
                + " (" + DurationText.format(elapsed) + " elapsed); next check in " + DurationText.format(nextCheckIn);
    }
}
