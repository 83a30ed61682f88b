package com.rootmail.infra.automation;

import com.pulumi.automation.OperationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many resources a preview, up or destroy creates, updates, deletes or leaves alone,
 * keyed by Pulumi's operation names ({@code create}, {@code update}, {@code delete},
 * {@code replace}, {@code same}, ...).
 *
 * <pre>{@code
 * ChangeSummary changes = stack.preview(List.of());
 * System.out.println(changes.describe());   // "35 to create"
 * }</pre>
 */
public record ChangeSummary(Map<String, Integer> counts) {

    public ChangeSummary {
        counts.forEach((operation, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException(operation + " has a negative count: " + count);
            }
        });
        counts = Map.copyOf(counts);
    }

    static ChangeSummary of(Map<OperationType, Integer> changes) {
        return new ChangeSummary(changes == null ? Map.of() : changes.entrySet().stream()
                .collect(Collectors.toMap(e -> operationName(e.getKey()), Map.Entry::getValue, Integer::sum)));
    }

    /** The number of resources that are not left as they are. */
    public int changed() {
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().equals("same"))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** e.g. {@code "2 to create, 1 to update, 33 unchanged"}; {@code "no changes"} when there is nothing. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(counts).forEach((operation, count) -> {
            if (count > 0 && !operation.equals("same")) {
                parts.add(count + " to " + operation);
            }
        });
        if (counts.getOrDefault("same", 0) > 0) {
            parts.add(counts.get("same") + " unchanged");
        }
        return parts.isEmpty() ? "no changes" : String.join(", ", parts);
    }

    /** Pulumi's own spelling: CREATE_REPLACEMENT is "create-replacement". */
    private static String operationName(OperationType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
