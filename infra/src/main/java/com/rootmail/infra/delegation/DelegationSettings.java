package com.rootmail.infra.delegation;

import static com.rootmail.infra.config.ConfigKeys.DELEGATION_TIMEOUT;
import static com.rootmail.infra.config.ConfigKeys.PARENT_ZONE_ID;
import static com.rootmail.infra.config.ConfigKeys.PARENT_ZONE_ROLE_ARN;

import com.rootmail.infra.config.InvalidConfigException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the program treats the delegation: how long {@code up} waits for it, and whether it
 * writes the NS record itself into a Route53 parent zone (optionally through a role).
 *
 * <pre>{@code
 * DelegationSettings settings = DelegationSettings.read(
 *         key -> Optional.ofNullable(Map.of("rootmail:parentZoneId", "Z0123456789ABC").get(key)));
 * settings.timeout();   // PT2H unless rootmail:delegationTimeout says otherwise
 * }</pre>
 */
public record DelegationSettings(Duration timeout, Optional<String> parentZoneId, Optional<String> parentZoneRoleArn) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(2);
    public static final DelegationSettings DEFAULT = new DelegationSettings(DEFAULT_TIMEOUT, Optional.empty(), Optional.empty());

    private static final Pattern ZONE_ID = Pattern.compile("Z[A-Z0-9]{1,31}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

    public DelegationSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(parentZoneId, "parentZoneId");
        Objects.requireNonNull(parentZoneRoleArn, "parentZoneRoleArn");
        if (timeout.isNegative()) {
            throw new InvalidConfigException(DELEGATION_TIMEOUT, "negative", "allowed: e.g. 2h, 90m, PT2H");
        }
        parentZoneId.filter(id -> !ZONE_ID.matcher(id).matches()).ifPresent(id -> {
            throw new InvalidConfigException(PARENT_ZONE_ID, "'" + id + "' is not a Route53 hosted zone ID",
                    "allowed: an ID like Z0123456789ABCDEFGHIJ, or unset to add the NS records yourself");
        });
        parentZoneRoleArn.filter(arn -> !ROLE_ARN.matcher(arn).matches()).ifPresent(arn -> {
            throw new InvalidConfigException(PARENT_ZONE_ROLE_ARN, "'" + arn + "' is not an IAM role ARN",
                    "allowed: arn:aws:iam::<account>:role/<name>, or unset to use the deploying credentials");
        });
        if (parentZoneRoleArn.isPresent() && parentZoneId.isEmpty()) {
            throw new InvalidConfigException(PARENT_ZONE_ROLE_ARN, "set, but there is no parent zone to use it for",
                    "set " + PARENT_ZONE_ID + " too, or unset " + PARENT_ZONE_ROLE_ARN);
        }
    }

    /** @param lookup a full key such as {@code rootmail:parentZoneId} to its value, if set */
    public static DelegationSettings read(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        return new DelegationSettings(
                value.apply(DELEGATION_TIMEOUT).map(DelegationSettings::timeout).orElse(DEFAULT_TIMEOUT),
                value.apply(PARENT_ZONE_ID),
                value.apply(PARENT_ZONE_ROLE_ARN));
    }

    private static Duration timeout(String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(DELEGATION_TIMEOUT, "'" + text + "' is not a duration", "allowed: e.g. 2h, 90m, 45s, PT2H");
        }
    }
}
