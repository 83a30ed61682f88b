package com.rootmail.infra.cli;

import com.pulumi.automation.AutomationException;
import com.rootmail.infra.automation.ChangeSummary;
import com.rootmail.infra.automation.Deployment;
import com.rootmail.infra.automation.RootMailStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rootmail up}: previews a stack, asks, then deploys it through the Automation API and
 * prints the stack outputs.
 *
 * <pre>{@code
 * ./rootmail up --stack dev --yes
 * }</pre>
 */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Deploy a RootMail stack with the Pulumi CLI (needs `pulumi` on PATH and AWS credentials).",
            "Shows the preview and asks first, unless --yes. Waits for the parent zone's delegation"
                    + " (rootmail:delegationTimeout)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            " 0:deployed, or nothing to do",
            " 1:Pulumi failed, or not confirmed",
            " 2:bad arguments, no Pulumi CLI, or no answer on stdin without --yes"
        })
public final class UpCommand extends StackCommand {

    @Option(names = "--policy-pack", paramLabel = "DIR",
            description = "Runs a policy pack; a mandatory violation stops the update (repeatable).")
    List<Path> policyPacks = new ArrayList<>();

    @Option(names = {"-y", "--yes"}, description = "Deploy without the preview and the question.")
    boolean yes;

    @Override
    int run(RootMailStack stack, PrintWriter out) throws AutomationException {
        if (!yes) {
            ChangeSummary planned = stack.preview(policyPacks);
            if (!confirmed("Deploy stack '" + stack.name() + "' (" + planned.describe() + ")?", out)) {
                out.println("Not deployed.");
                return 1;
            }
        }
        Deployment done = stack.up(policyPacks);
        out.println("Deployed stack '" + stack.name() + "': " + done.changes().describe());
        out.println("Outputs:");
        done.outputs().forEach((name, value) -> out.println("    " + name + ": " + value));
        return 0;
    }
}
