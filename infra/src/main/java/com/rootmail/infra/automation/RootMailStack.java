package com.rootmail.infra.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.DestroyOptions;
import com.pulumi.automation.OutputValue;
import com.pulumi.automation.PreviewOptions;
import com.pulumi.automation.UpOptions;
import com.pulumi.automation.UpdateOptions;
import com.pulumi.automation.UpdateSummary;
import com.pulumi.automation.WorkspaceStack;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One selected RootMail stack, configured from its {@code Pulumi.<stack>.yaml}, running the
 * RootMail program inline. Obtained from {@link RootMailStacks#open}; the engine's output
 * goes, line by line, to the consumer given there.
 *
 * <pre>{@code
 * try (RootMailStack stack = RootMailStacks.local(project).open("dev", Map.of(), System.out::println)) {
 *     ChangeSummary planned = stack.preview(List.of(Path.of("policy")));
 *     if (planned.changed() > 0) {
 *         Deployment done = stack.up(List.of(Path.of("policy")));
 *         System.out.println(done.outputs().get("nameServers"));
 *     }
 * }
 * }</pre>
 */
public final class RootMailStack implements AutoCloseable {

    static final String SECRET = "[secret]";

    private final WorkspaceStack stack;
    private final Consumer<String> output;

    RootMailStack(WorkspaceStack stack, Consumer<String> output) {
        this.stack = stack;
        this.output = output;
    }

    public String name() {
        return stack.name();
    }

    /**
     * {@code pulumi preview}: what {@link #up} would change. During preview the delegation
     * gate checks the parent zone once and never waits.
     *
     * @param policyPacks policy pack directories (or executables) run at preview time; may be empty
     */
    public ChangeSummary preview(List<Path> policyPacks) throws AutomationException {
        var result = stack.preview(streamed(PreviewOptions.builder()).policyPacks(paths(policyPacks)).build());
        return ChangeSummary.of(result.changeSummary());
    }

    /**
     * {@code pulumi up}: deploys, waiting for the parent zone's delegation as
     * {@code rootmail:delegationTimeout} allows.
     *
     * @param policyPacks policy packs whose mandatory violations stop the update; may be empty
     */
    public Deployment up(List<Path> policyPacks) throws AutomationException {
        var result = stack.up(streamed(UpOptions.builder()).policyPacks(paths(policyPacks)).build());
        return new Deployment(changes(result.summary()), readable(result.outputs()));
    }

    /** {@code pulumi destroy}: deletes the stack's resources (those marked retainOnDelete stay in AWS). */
    public ChangeSummary destroy() throws AutomationException {
        var result = stack.destroy(streamed(DestroyOptions.builder()).build());
        return changes(result.summary());
    }

    /** The stack's outputs from its last {@code up}; secret values read {@value #SECRET}. */
    public Map<String, String> outputs() throws AutomationException {
        return readable(stack.getOutputs());
    }

    @Override
    public void close() throws Exception {
        stack.close();
    }

    /** The engine's output and errors, line by line, to the consumer given at open. */
    private <B extends UpdateOptions.Builder<B>> B streamed(B options) {
        return options.onStandardOutput(output).onStandardError(output);
    }

    private static ChangeSummary changes(UpdateSummary summary) {
        return ChangeSummary.of(summary == null ? null : summary.resourceChanges());
    }

    private static Map<String, String> readable(Map<String, OutputValue> outputs) {
        Map<String, String> readable = new TreeMap<>();
        outputs.forEach((name, value) -> readable.put(name, value.isSecret() ? SECRET : String.valueOf(value.value())));
        return readable;
    }

    private static List<String> paths(List<Path> policyPacks) {
        return policyPacks.stream().map(pack -> pack.toAbsolutePath().normalize().toString()).toList();
    }
}
