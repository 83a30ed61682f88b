package com.rootmail.infra.plan;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import com.rootmail.infra.App;
import com.rootmail.infra.PassThroughDelegationGate;
import com.rootmail.infra.delegation.DelegationGate;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Runs the whole program under Pulumi's mock engine with a given stack configuration:
 * no AWS, no Pulumi CLI, no DNS. The basis of {@code ./rootmail plan} and of the tests.
 *
 * <pre>{@code
 * Plan plan = new Planner(Path.of("infra")).plan("dev", Map.of("aws:region", "eu-central-1",
 *         "rootmail:domain", "aws.mycompany.test"), new PlaceholderMocks());
 * }</pre>
 */
public final class Planner {

    private final Path programDir;
    private final DelegationGate gate;

    /**
     * @param programDir the program's directory ({@code infra/}); relative config paths resolve against it
     * @param gate       offline, a {@link PassThroughDelegationGate}: the plan never asks DNS
     */
    public Planner(Path programDir, DelegationGate gate) {
        this.programDir = programDir;
        this.gate = gate;
    }

    /** A planner that does not check the delegation (no network at all). */
    public Planner(Path programDir) {
        this(programDir, new PassThroughDelegationGate());
    }

    /**
     * @param config full keys ({@code rootmail:domain}) to values as Pulumi stores them
     * @throws com.rootmail.infra.config.InvalidConfigException on bad configuration
     * @throws IllegalStateException when the program fails, e.g. the active rule set guard
     */
    public Plan plan(String stack, Map<String, String> config, PlaceholderMocks mocks) {
        var options = new OptionsRecorder();
        try {
            // The public PulumiTest API cannot pass stack configuration; its internal builder can.
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(App.NAME).stackName(stack)
                            .resourceTransformations(List.of(options)).build())
                    .mocks(mocks)
                    .config(config)
                    // The failure is returned below; the engine's own report is a stack trace.
                    .standardLogger(PulumiTestInternal.logger(Level.OFF))
                    .build()
                    .runTest(App.program(programDir, gate));
            if (!result.exceptions().isEmpty()) {
                throw programFailure(result.exceptions().get(0));
            }
            if (!result.errors().isEmpty()) {
                throw new IllegalStateException(String.join("\n", result.errors()));
            }
            Map<String, Object> outputs = new LinkedHashMap<>();
            result.outputs().forEach((name, output) -> outputs.put(name, value(output)));
            List<Registration> resources = mocks.registrations().stream()
                    .sorted(Comparator.comparingInt(r -> options.positionOf(r.name())))
                    .map(r -> r.withOptions(options.of(r.name())))
                    .toList();
            return new Plan(resources, outputs);
        } finally {
            PulumiTest.cleanup();
        }
    }

    private static Object value(Output<?> output) {
        Object value = PulumiTest.extractValue(output);
        return value == null ? "(unknown)" : value;
    }

    private static RuntimeException programFailure(Exception failure) {
        // The engine wraps the program's own exception (serialization, completion): report the root.
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause.getMessage(), cause);
    }
}
