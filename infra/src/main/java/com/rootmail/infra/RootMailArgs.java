package com.rootmail.infra;

import com.pulumi.asset.Archive;
import com.pulumi.asset.FileArchive;
import com.pulumi.resources.ResourceArgs;
import com.rootmail.infra.config.StackConfig;
import com.rootmail.infra.delegation.DelegationSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one {@link RootMail}: the validated stack configuration, the handler's
 * code and how many handlers may run at once.
 *
 * <pre>{@code
 * RootMailArgs args = RootMailArgs.builder().config(stackConfig).build();   // code: config.handlerJar()
 * }</pre>
 */
public final class RootMailArgs extends ResourceArgs {

    /** Handlers running at once: enough for bursts, far below account and OpsCenter quotas. */
    public static final int DEFAULT_MAXIMUM_CONCURRENCY = 5;

    private final StackConfig config;
    private final Archive handlerCode;
    private final int maximumConcurrency;
    private final DelegationSettings delegation;

    private RootMailArgs(StackConfig config, Archive handlerCode, int maximumConcurrency, DelegationSettings delegation) {
        this.config = Objects.requireNonNull(config, "config");
        this.handlerCode = Objects.requireNonNull(handlerCode, "handlerCode");
        // The SQS event source mapping accepts 2..1000.
        if (maximumConcurrency < 2 || maximumConcurrency > 1000) {
            throw new IllegalArgumentException("maximumConcurrency must be 2..1000, was " + maximumConcurrency);
        }
        this.maximumConcurrency = maximumConcurrency;
        this.delegation = Objects.requireNonNull(delegation, "delegation");
    }

    public static Builder builder() {
        return new Builder();
    }

    public StackConfig config() {
        return config;
    }

    public Archive handlerCode() {
        return handlerCode;
    }

    public int maximumConcurrency() {
        return maximumConcurrency;
    }

    /** Whether the program writes the NS records into a Route53 parent zone itself, and how long `up` waits. */
    public DelegationSettings delegation() {
        return delegation;
    }

    /** Builds {@link RootMailArgs}; only {@code config} is required. */
    public static final class Builder {
        private StackConfig config;
        private Archive handlerCode;
        private int maximumConcurrency = DEFAULT_MAXIMUM_CONCURRENCY;
        private DelegationSettings delegation = DelegationSettings.DEFAULT;

        public Builder config(StackConfig config) {
            this.config = config;
            return this;
        }

        public Builder handlerCode(Archive handlerCode) {
            this.handlerCode = handlerCode;
            return this;
        }

        public Builder maximumConcurrency(int maximumConcurrency) {
            this.maximumConcurrency = maximumConcurrency;
            return this;
        }

        public Builder delegation(DelegationSettings delegation) {
            this.delegation = delegation;
            return this;
        }

        public RootMailArgs build() {
            Objects.requireNonNull(config, "config");
            Archive code = Optional.ofNullable(handlerCode)
                    .orElseGet(() -> new FileArchive(config.handlerJar().toString()));
            return new RootMailArgs(config, code, maximumConcurrency, delegation);
        }
    }
}
