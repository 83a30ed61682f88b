package com.rootmail.handler.opsitem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An OpsItem ready to be created, already within every OpsCenter limit (the constructor
 * refuses anything else). The adapter only translates it.
 *
 * @param title           1-1024 chars, no control or bidi characters
 * @param description     1-2048 chars
 * @param source          1-128 chars, without aws/amazon/amzn
 * @param category        1-64 chars, if any
 * @param severity        "1" to "4", if any
 * @param operationalData values of at most 20 KB; keys not reserved except /aws/dedup and /aws/resources
 * @param notificationArn an SNS topic to notify, if any
 */
public record OpsItemDraft(String title, String description, String source, Optional<String> category,
                           Optional<String> severity, Map<String, OperationalValue> operationalData,
                           Optional<String> notificationArn) {

    public static final String DEDUP_KEY = "/aws/dedup";
    public static final String RESOURCES_KEY = "/aws/resources";
    private static final Set<String> SEVERITIES = Set.of("1", "2", "3", "4");
    private static final Set<String> ALLOWED_RESERVED_KEYS = Set.of(DEDUP_KEY, RESOURCES_KEY, "/aws/automations");

    public OpsItemDraft {
        require(title, 1, OpsItemLimits.TITLE_MAX, "title");
        if (OpsItemLimits.unsafeInTitle(title)) {
            throw new IllegalArgumentException("title contains control or bidi characters");
        }
        require(description, 1, OpsItemLimits.DESCRIPTION_MAX, "description");
        require(source, 1, OpsItemLimits.SOURCE_MAX, "source");
        if (OpsItemLimits.usesReservedName(source)) {
            throw new IllegalArgumentException("source '" + source + "' may not contain aws, amazon or amzn");
        }
        category.ifPresent(c -> require(c, 1, OpsItemLimits.CATEGORY_SEVERITY_MAX, "category"));
        severity.ifPresent(s -> {
            if (!SEVERITIES.contains(s)) {
                throw new IllegalArgumentException("severity '" + s + "' is not 1 to 4");
            }
        });
        operationalData = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(operationalData));
        operationalData.forEach((key, value) -> {
            if (OpsItemLimits.reservedKey(key) && !ALLOWED_RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException("OperationalData key '" + key + "' is reserved for AWS");
            }
            if (OpsItemLimits.utf8Length(value.value()) > OpsItemLimits.OPERATIONAL_VALUE_MAX_BYTES) {
                throw new IllegalArgumentException("OperationalData '" + key + "' exceeds 20 KB");
            }
        });
        Objects.requireNonNull(notificationArn, "notificationArn");
    }

    private static void require(String text, int min, int max, String what) {
        Objects.requireNonNull(text, what);
        if (text.length() < min || text.length() > max) {
            throw new IllegalArgumentException(what + " must be " + min + "-" + max + " chars, is " + text.length());
        }
    }

    /**
     * One OperationalData value.
     *
     * @param searchable whether OpsCenter indexes it (SearchableString) or only stores it (String)
     */
    public record OperationalValue(String value, boolean searchable) {
        public OperationalValue {
            Objects.requireNonNull(value, "value");
        }
    }
}
