package com.rootmail.infra.cli;

import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.PlanPrinter;
import com.rootmail.infra.plan.PlaceholderMocks;
import com.rootmail.infra.plan.Planner;
import com.rootmail.infra.plan.PulumiProject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rootmail plan}: runs the Pulumi program offline under Pulumi's mock engine with a
 * stack's configuration and prints what would be registered.
 *
 * <pre>{@code
 * ./rootmail plan --stack dev --config rootmail:receivingRegion=us-east-1 --json
 * }</pre>
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Lay out the whole RootMail stack offline (Pulumi's mock engine: no AWS, no Pulumi CLI).",
            "Prints each resource's type, name, region and inputs, and the stack outputs.",
            "Ids, ARNs and name servers are placeholders. Exit 0: the program ran; 2: bad configuration."})
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stack", paramLabel = "NAME", defaultValue = "dev",
            description = "Reads Pulumi.<NAME>.yaml (default: ${DEFAULT-VALUE}).")
    private String stack;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "Overrides a config value, e.g. rootmail:receivingRegion=us-east-1 (repeatable).")
    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print one JSON object: {\"resources\": [...], \"outputs\": {...}}.")
    private boolean json;

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The directory of Pulumi.yaml (default: the working directory or the nearest above it).")
    private Path projectDir;

    @Override
    public Integer call() {
        PulumiProject project = projectDir == null ? PulumiProject.find(Path.of("")) : PulumiProject.at(projectDir);
        Map<String, String> config = project.stackConfig(stack, overrides);
        Plan plan = new Planner(project.programDir()).plan(stack, config, new PlaceholderMocks());
        if (json) {
            spec.commandLine().getErr().println(PlanPrinter.PLACEHOLDER_NOTE);
            PlanPrinter.json(plan, spec.commandLine().getOut());
        } else {
            PlanPrinter.text(plan, stack, spec.commandLine().getOut());
        }
        return 0;
    }
}
