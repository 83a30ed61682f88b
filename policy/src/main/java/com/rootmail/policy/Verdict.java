package com.rootmail.policy;

import java.util.List;
import java.util.Objects;

/**
 * What a pack found over a stack: which pack, how many policies ran, and the violations.
 * The stack passes when no mandatory policy is violated; advisory ones only warn.
 *
 * <pre>{@code
 * Verdict verdict = PolicyPack.rootMail().verdict(resources);
 * if (!verdict.passed()) { ... }   // e.g. exit 1
 * }</pre>
 */
public record Verdict(String pack, String version, int policies, List<Violation> violations) {

    public Verdict {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(version, "version");
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.stream().noneMatch(Violation::isMandatory);
    }

    public long mandatoryCount() {
        return violations.stream().filter(Violation::isMandatory).count();
    }
}
