package com.rootmail.infra.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.LocalPulumiCommand;
import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.WorkspaceStack;
import com.rootmail.infra.App;
import com.rootmail.infra.plan.PulumiProject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Drives RootMail stacks from Java through Pulumi's Automation API: selects (or creates) a
 * stack of the project, sets its configuration from the checkout's {@code Pulumi.<stack>.yaml}
 * and runs the RootMail program inline, in this JVM, with the same delegation gate as
 * {@code pulumi up}. Needs the {@code pulumi} CLI on {@code PATH}; AWS credentials come from
 * the environment as for {@code pulumi up}.
 *
 * <p>Embedded defaults, each only when unset: the state lives in {@code <project>/.pulumi-state}
 * ({@code PULUMI_BACKEND_URL}), and for that local state {@code PULUMI_CONFIG_PASSPHRASE} is
 * the well-known {@value LocalBackend#LOCAL_PASSPHRASE}: it keeps secrets out of plain
 * sight in the state files, no more. With a backend of your own, set your own passphrase
 * or secrets provider. The Automation API's work directory is
 * {@code .pulumi-state/workspace}; the checkout's {@code Pulumi.yaml} and stack files are
 * read, never written. The aws plugin is installed at the version of the com.pulumi:aws jar,
 * and {@code PULUMI_SKIP_UPDATE_CHECK} is {@code true} unless set.
 *
 * <pre>{@code
 * PulumiProject project = PulumiProject.find(Path.of(""));
 * try (RootMailStack stack = RootMailStacks.local(project)
 *         .open("dev", Map.of("rootmail:receivingRegion", "us-east-1"), System.out::println)) {
 *     System.out.println(stack.preview(List.of()).describe());
 *     Deployment done = stack.up(List.of(Path.of("policy")));
 *     done.outputs().forEach((name, value) -> System.out.println(name + " = " + value));
 * }
 * }</pre>
 */
public final class RootMailStacks {

    static final String SKIP_UPDATE_CHECK = "PULUMI_SKIP_UPDATE_CHECK";

    private final PulumiProject project;
    private final PulumiCommand cli;
    private final Map<String, String> environment;

    /** Tests pass a substitute CLI and the environment it is to see as inherited. */
    RootMailStacks(PulumiProject project, PulumiCommand cli, Map<String, String> inherited) {
        this.project = Objects.requireNonNull(project, "project");
        this.cli = new ReadableOutputs(Objects.requireNonNull(cli, "cli"));
        Map<String, String> added = new LinkedHashMap<>(LocalBackend.defaults(inherited, project.root()));
        // A program that embeds Pulumi has no use for the CLI's "a new version is available" check (a web request).
        if (!inherited.containsKey(SKIP_UPDATE_CHECK)) {
            added.put(SKIP_UPDATE_CHECK, "true");
        }
        this.environment = Map.copyOf(added);
    }

    /**
     * The stacks of {@code project}, driven by the {@code pulumi} CLI on this process's {@code PATH}.
     *
     * @throws PulumiCliMissingException when there is no {@code pulumi} on {@code PATH}
     */
    public static RootMailStacks local(PulumiProject project) throws AutomationException {
        return local(project, System.getenv());
    }

    /** Tests take {@code environment} for this process's: a {@code PATH} without {@code pulumi}, say. */
    static RootMailStacks local(PulumiProject project, Map<String, String> environment) throws AutomationException {
        PulumiCli.require(environment);
        return new RootMailStacks(project, LocalPulumiCommand.create(), environment);
    }

    /**
     * Selects stack {@code stackName}, creating it if the backend has none, replaces its
     * configuration with {@code Pulumi.<stackName>.yaml} plus {@code overrides}, and makes sure
     * the aws plugin is installed.
     *
     * @param overrides config values over the file's; a key without namespace is the project's
     *                  ({@code receivingRegion} is {@code rootmail:receivingRegion})
     * @param output    receives the engine's output, line by line
     */
    public RootMailStack open(String stackName, Map<String, String> overrides, Consumer<String> output)
            throws AutomationException {
        WorkspaceStack stack = configure(stackName, overrides);
        ProviderPlugin aws = ProviderPlugin.aws();
        stack.workspace().installPlugin(aws.name(), aws.version());
        return new RootMailStack(stack, output);
    }

    /** The selected (or created) stack with its configuration; installs nothing. */
    WorkspaceStack configure(String stackName, Map<String, String> overrides) throws AutomationException {
        Map<String, String> config = project.stackConfig(stackName, overrides);

        var options = LocalWorkspaceOptions.builder()
                .workDir(LocalBackend.workspaceDir(project.root()))
                .pulumiCommand(cli)
                .environmentVariables(environment)
                .build();
        WorkspaceStack stack = LocalWorkspace.createOrSelectStack(
                project.name(), stackName, App.deployment(project.programDir()), options);
        replaceConfig(stack, StackConfigValues.of(config));
        return stack;
    }

    /** Values from an earlier run (another file, other overrides) must not linger in the workspace. */
    private static void replaceConfig(WorkspaceStack stack, StackConfigValues values) throws AutomationException {
        var earlier = stack.getAllConfig().keySet();
        if (!earlier.isEmpty()) {
            stack.removeAllConfig(earlier);
        }
        if (!values.plain().isEmpty()) {
            stack.setAllConfig(values.plain());
        }
        if (!values.paths().isEmpty()) {
            stack.setAllConfig(values.paths(), true);
        }
    }
}
