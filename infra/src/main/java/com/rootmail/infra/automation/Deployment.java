package com.rootmail.infra.automation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an {@code up} did and the stack outputs it left: {@code domain}, {@code nameServers}
 * (its JSON text), {@code bucketName}, ... as {@code App} exports them.
 *
 * <pre>{@code
 * Deployment done = stack.up(List.of());
 * System.out.println(done.changes().describe() + "; mail goes to " + done.outputs().get("exampleRootEmail"));
 * }</pre>
 */
public record Deployment(ChangeSummary changes, Map<String, String> outputs) {

    public Deployment {
        Objects.requireNonNull(changes, "changes");
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    }
}
