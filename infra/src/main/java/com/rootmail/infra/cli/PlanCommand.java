package com.rootmail.infra.cli;

import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.PlanPrinter;
import com.rootmail.infra.plan.PlaceholderMocks;
import com.rootmail.infra.plan.Planner;
import com.rootmail.infra.plan.PolicyResources;
import com.rootmail.infra.plan.PulumiProject;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.Verdict;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rootmail plan}: runs the Pulumi program offline under Pulumi's mock engine with a
 * stack's configuration, prints what would be registered and checks it against the
 * RootMail policy pack (exit 1 when a mandatory policy is violated).
 *
 * <pre>{@code
 * ./rootmail plan --stack dev --config rootmail:receivingRegion=us-east-1 --json
 * }</pre>
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Lay out the whole RootMail stack offline: Pulumi's mock engine, no AWS, no CLI.",
            "Prints each resource's type, name, region and inputs, the stack outputs and",
            "what the RootMail policy pack finds (\"Policies\"; \"violations\" in --json).",
            "Ids, ARNs and name servers are placeholders.",
            "Exit 0: the program ran and no mandatory policy is violated;",
            "1: a mandatory policy is violated, or the program failed (message on stderr);",
            "2: bad configuration."})
public final class PlanCommand implements Callable<Integer> {

    /** The program ran, but what it would register breaks a mandatory policy. */
    public static final int EXIT_POLICY_VIOLATED = 1;

    private final PolicyPack pack;

    @Spec
    private CommandSpec spec;

    @Option(names = "--stack", paramLabel = "NAME", defaultValue = "dev",
            description = "Reads Pulumi.<NAME>.yaml (default: ${DEFAULT-VALUE}).")
    private String stack;

    @Mixin
    private ProjectOptions project;

    @Option(names = "--json",
            description = "Print one JSON object: {\"resources\": [...], \"outputs\": {...}, \"violations\": [...]}.")
    private boolean json;

    public PlanCommand() {
        this(PolicyPack.rootMail());
    }

    /** A plan checked against another pack, so tests can see how a violation is reported. */
    PlanCommand(PolicyPack pack) {
        this.pack = pack;
    }

    @Override
    public Integer call() {
        PulumiProject found = project.find();
        Map<String, String> config = found.stackConfig(stack, project.overrides());
        Plan plan = new Planner(found.programDir()).plan(stack, config, new PlaceholderMocks());
        Verdict verdict = pack.verdict(PolicyResources.of(plan));
        if (json) {
            spec.commandLine().getErr().println(PlanPrinter.PLACEHOLDER_NOTE);
            PlanPrinter.json(plan, verdict, spec.commandLine().getOut());
        } else {
            PlanPrinter.text(plan, verdict, stack, spec.commandLine().getOut());
        }
        return verdict.passed() ? 0 : EXIT_POLICY_VIOLATED;
    }
}
