package com.rootmail.infra;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.rootmail.infra.config.StackConfig;
import com.rootmail.infra.config.StackConfigReader;
import com.rootmail.infra.delegation.DelegationGate;
import com.rootmail.infra.delegation.DelegationSettings;
import com.rootmail.infra.delegation.WaitingDelegationGate;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Pulumi program: reads the stack configuration, builds one {@link RootMail} and
 * exports its outputs. {@code pulumi up} runs {@link #main}, the Automation API
 * ({@code RootMailStacks}) runs {@link #deployment} inline; tests and {@code ./rootmail plan}
 * run {@link #program} under Pulumi's mocks.
 *
 * <pre>{@code
 * PulumiTest.withMocks(mocks).runTest(App.program(Path.of(""), new PassThroughDelegationGate()));
 * }</pre>
 */
public final class App {

    /** The component's name: the prefix of every resource name. */
    public static final String NAME = "rootmail";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(deployment(Path.of("")));
    }

    /**
     * The program as a real deployment runs it: with the {@link WaitingDelegationGate}, built
     * from the stack's settings. {@link #main} runs it; so does the Automation API, inline.
     */
    public static Consumer<Context> deployment(Path programDir) {
        return ctx -> run(ctx, programDir, settings -> WaitingDelegationGate.forDeployment(settings, ctx.log()));
    }

    /**
     * @param programDir the directory relative config paths are resolved against: {@code infra/}
     *                   (the working directory under {@code pulumi up})
     */
    public static Consumer<Context> program(Path programDir, DelegationGate gate) {
        return ctx -> run(ctx, programDir, settings -> gate);
    }

    /** Reads the configuration once; the gate is built from the same delegation settings the component gets. */
    private static void run(Context ctx, Path programDir, Function<DelegationSettings, DelegationGate> gateFor) {
        StackConfig config = StackConfigReader.read(key -> lookup(ctx, key), programDir);
        DelegationSettings delegation = DelegationSettings.read(key -> lookup(ctx, key));
        var args = RootMailArgs.builder()
                .config(config)
                .delegation(delegation)
                .build();
        var rootMail = new RootMail(NAME, args, gateFor.apply(delegation), null);
        rootMail.outputs().forEach(ctx::export);
    }

    /** {@code ns:key} to the value of {@code key} in the config namespace {@code ns}. */
    private static Optional<String> lookup(Context ctx, String fullKey) {
        int colon = fullKey.indexOf(':');
        return ctx.config(fullKey.substring(0, colon)).get(fullKey.substring(colon + 1));
    }
}
