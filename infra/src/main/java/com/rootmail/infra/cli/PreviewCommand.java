package com.rootmail.infra.cli;

import com.pulumi.automation.AutomationException;
import com.rootmail.infra.automation.ChangeSummary;
import com.rootmail.infra.automation.RootMailStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rootmail preview}: {@code pulumi preview} of a stack through the Automation API,
 * with the stack's configuration from {@code Pulumi.<stack>.yaml} and optional policy packs.
 *
 * <pre>{@code
 * PATH="$PWD/policy:$PATH" ./rootmail preview --stack dev --policy-pack policy
 * }</pre>
 */
@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Preview a RootMail stack with the Pulumi CLI (needs `pulumi` on PATH and AWS credentials).",
            "State defaults to ./.pulumi-state (PULUMI_BACKEND_URL); see README, \"Drive stacks from Java\"."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {" 0:previewed", " 1:Pulumi failed", " 2:bad arguments, or no Pulumi CLI"})
public final class PreviewCommand extends StackCommand {

    @Option(names = "--policy-pack", paramLabel = "DIR",
            description = "Runs a policy pack at preview time (repeatable).")
    List<Path> policyPacks = new ArrayList<>();

    @Override
    int run(RootMailStack stack, PrintWriter out) throws AutomationException {
        ChangeSummary changes = stack.preview(policyPacks);
        out.println("Preview of stack '" + stack.name() + "': " + changes.describe());
        return 0;
    }
}
