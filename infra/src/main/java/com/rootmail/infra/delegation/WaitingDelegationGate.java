package com.rootmail.infra.delegation;

import com.pulumi.context.LoggingContext;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The {@link DelegationGate} of {@code pulumi up}: once the hosted zone exists, it waits
 * (with backoff, up to {@code rootmail:delegationTimeout}) until the parent zone delegates
 * the domain to the zone's name servers, logging progress and the records to add. During
 * preview it checks once and never blocks. When the time runs out, the deployment fails
 * with the records to add; the next {@code pulumi up} picks up where this one stopped.
 * A timeout of {@code 0s} turns the wait off (for deployers that cannot reach the parent's
 * servers): one check, reported, and SES verification goes ahead.
 *
 * <pre>{@code
 * DelegationGate gate = WaitingDelegationGate.forDeployment(DelegationSettings.read(stackConfig), ctx.log());
 * }</pre>
 */
public final class WaitingDelegationGate implements DelegationGate {

    private final DelegationWaiter waiter;
    private final DelegationSettings settings;
    private final LoggingContext log;
    private final BooleanSupplier dryRun;
    // The wait runs on its own thread, so that Pulumi's threads keep registering the other resources.
    private final Executor waitingThread = runnable -> {
        Thread thread = new Thread(runnable, "rootmail-delegation-wait");
        thread.setDaemon(true);
        thread.start();
    };

    /** Tests pass a waiter around a fake check and a fake clock. */
    WaitingDelegationGate(DelegationWaiter waiter, DelegationSettings settings, LoggingContext log, BooleanSupplier dryRun) {
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.dryRun = Objects.requireNonNull(dryRun, "dryRun");
    }

    /** Asks the real parent zone, through the system's resolvers; logs to the deployment's log. */
    public static WaitingDelegationGate forDeployment(DelegationSettings settings, LoggingContext log) {
        DelegationChecker checker = DelegationChecker.discoveringParents(DelegationChecker.DEFAULT_QUERY_TIMEOUT);
        return new WaitingDelegationGate(DelegationWaiter.systemTime(checker, Backoff.PROGRAM), settings, log,
                () -> Deployment.getInstance().isDryRun());
    }

    @Override
    public Output<String> liveDomain(Output<String> domain, Output<List<String>> nameServers) {
        // Asked here, on the program's thread: Pulumi's deployment is not reachable from the waiting thread.
        boolean preview = dryRun.getAsBoolean();
        // Unknown name servers (a zone still to be created, in preview) never reach the check.
        return Output.tuple(domain, nameServers).apply(values -> Output.of(
                CompletableFuture.supplyAsync(() -> pass(values.t1, values.t2, preview), waitingThread)));
    }

    private String pass(String domain, List<String> nameServers, boolean preview) {
        if (preview || settings.timeout().isZero()) {
            // A zero timeout is exactly one check, without any pause.
            reportOnce(waiter.await(domain, nameServers, Duration.ZERO, progress -> { }), preview);
            return domain;
        }
        log.info("Waiting up to " + DurationText.format(settings.timeout()) + " for the parent zone to delegate "
                + domain + " to " + String.join(", ", nameServers) + " (rootmail:delegationTimeout)");
        DelegationReport last = waiter.await(domain, nameServers, settings.timeout(), new ProgressLog());
        if (!last.isLive()) {
            throw new DelegationNotLiveException(timeoutMessage(last));
        }
        log.info("Delegation of " + domain + " is live; SES domain verification proceeds");
        return domain;
    }

    private void reportOnce(DelegationReport report, boolean preview) {
        String text = String.join("\n", report.describe());
        if (report.isLive()) {
            log.info(text);
        } else {
            log.warn(text + "\n" + (preview ? howUpGoesOn() : "rootmail:delegationTimeout is 0s: not waiting;"
                    + " SES domain verification proceeds and waits for these records itself."));
        }
    }

    private String howUpGoesOn() {
        return settings.parentZoneId()
                .map(zone -> "`pulumi up` writes these records into the parent zone " + zone + " and waits up to "
                        + DurationText.format(settings.timeout()) + " for them.")
                .orElse("`pulumi up` waits up to " + DurationText.format(settings.timeout())
                        + " for these records before verifying the domain with SES.");
    }

    private String timeoutMessage(DelegationReport last) {
        return "The parent zone does not delegate " + last.domain() + " to its hosted zone after waiting "
                + DurationText.format(settings.timeout()) + " (" + last.status() + ").\n"
                + String.join("\n", last.describe()) + "\n"
                + "Once the records are in place, run `pulumi up` again: it resumes with the SES domain verification."
                + " To wait longer, raise rootmail:delegationTimeout (e.g. `pulumi config set rootmail:delegationTimeout 6h`).";
    }

    /** A summary line per check; the full report whenever the status changes. */
    private final class ProgressLog implements Consumer<WaitProgress> {
        private DelegationStatus lastStatus;

        @Override
        public void accept(WaitProgress progress) {
            DelegationStatus status = progress.report().status();
            if (status != lastStatus) {
                log.warn(String.join("\n", progress.report().describe()));
                lastStatus = status;
            }
            log.info(progress.summary());
        }
    }

    /** The deployment stops here; the message says which records to add and how to go on. */
    static final class DelegationNotLiveException extends IllegalStateException {
        DelegationNotLiveException(String message) {
            super(message);
        }
    }
}
