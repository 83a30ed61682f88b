package com.rootmail.policy.rules;

import com.rootmail.policy.Policy;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule of RootMail's policy pack, grouped by the part of the stack they guard.
 *
 * <pre>{@code
 * new PolicyPack("rootmail", "0.1.0", RootMailRules.all());
 * }</pre>
 */
public final class RootMailRules {

    private RootMailRules() {
    }

    public static List<Policy> all() {
        return Stream.of(SesRules.all(), S3Rules.all(), MessagingRules.all(), LambdaRules.all(), IamRules.all(),
                        PlacementRules.all())
                .flatMap(List::stream)
                .toList();
    }
}
