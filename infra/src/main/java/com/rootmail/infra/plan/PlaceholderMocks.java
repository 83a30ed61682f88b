package com.rootmail.infra.plan;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulumi mocks that stand in for AWS: every resource gets its inputs back plus plausible
 * placeholder ids, ARNs, URLs, name servers and DKIM tokens; the two invokes the program
 * makes (caller identity and the active receipt rule set) are answered. Records every
 * registration, with the region of its provider.
 *
 * <pre>{@code
 * var mocks = new PlaceholderMocks(Optional.of("someone-elses-rules"));
 * PulumiTest.withMocks(mocks).runTest(program);
 * mocks.registrations();
 * }</pre>
 */
public final class PlaceholderMocks implements Mocks {

    public static final String ACCOUNT_ID = "123456789012";
    static final String CALLER_IDENTITY = "aws:index/getCallerIdentity:getCallerIdentity";
    static final String ACTIVE_RULE_SET = "aws:ses/getActiveReceiptRuleSet:getActiveReceiptRuleSet";

    private final Optional<String> activeRuleSet;
    private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> providerRegions = new ConcurrentHashMap<>();

    /** @param activeRuleSet what SES answers for the active receipt rule set; empty: none is active */
    public PlaceholderMocks(Optional<String> activeRuleSet) {
        this.activeRuleSet = activeRuleSet;
    }

    /** Mocks of an account where no receipt rule set is active. */
    public PlaceholderMocks() {
        this(Optional.empty());
    }

    public List<Registration> registrations() {
        synchronized (registrations) {
            return List.copyOf(registrations);
        }
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        String id = idOf(args.name);
        String provider = args.provider == null ? "" : args.provider;
        String region;
        if (args.type.equals(Registration.AWS_PROVIDER_TYPE)) {
            region = String.valueOf(args.inputs.getOrDefault("region", Registration.NO_REGION));
            providerRegions.put(id, region);
        } else {
            region = providerRegions.getOrDefault(providerId(provider), Registration.NO_REGION);
        }
        registrations.add(new Registration(args.type, args.name, region, provider, PlainValues.of(args.inputs), Map.of()));
        Map<String, Object> state = new HashMap<>(args.inputs);
        PlaceholderState.add(state, args.type, args.name, region, ACCOUNT_ID);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return switch (args.token) {
            case CALLER_IDENTITY -> CompletableFuture.completedFuture(Map.of(
                    "accountId", ACCOUNT_ID,
                    "arn", "arn:aws:iam::" + ACCOUNT_ID + ":user/placeholder",
                    "userId", "PLACEHOLDERUSERID",
                    "id", ACCOUNT_ID));
            case ACTIVE_RULE_SET -> activeRuleSet
                    .map(name -> CompletableFuture.completedFuture(Map.<String, Object>of(
                            "ruleSetName", name,
                            "arn", "arn:aws:ses:placeholder:" + ACCOUNT_ID + ":receipt-rule-set/" + name,
                            "id", name)))
                    // What the AWS provider answers when no rule set is active.
                    .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException(
                            "reading SES Active Receipt Rule Set: empty result")));
            default -> CompletableFuture.failedFuture(
                    new UnsupportedOperationException("the offline plan does not answer the invoke " + args.token));
        };
    }

    /** The placeholder id the mocks give the resource named {@code name}. */
    static String idOf(String name) {
        return name + "-id";
    }

    /** A provider reference is {@code <provider URN>::<provider id>}. */
    private static String providerId(String reference) {
        int separator = reference.lastIndexOf("::");
        return separator < 0 ? reference : reference.substring(separator + 2);
    }
}
