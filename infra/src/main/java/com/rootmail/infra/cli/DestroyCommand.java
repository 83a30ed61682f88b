package com.rootmail.infra.cli;

import com.pulumi.automation.AutomationException;
import com.rootmail.infra.automation.RootMailStack;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rootmail destroy}: deletes a stack's resources through the Automation API, after
 * asking. Resources marked retainOnDelete (the mail bucket among them) stay in AWS.
 *
 * <pre>{@code
 * ./rootmail destroy --stack dev
 * }</pre>
 */
@Command(
        name = "destroy",
        mixinStandardHelpOptions = true,
        description = {
            "Delete a RootMail stack's resources with the Pulumi CLI (needs `pulumi` on PATH and AWS credentials).",
            "Asks first, unless --yes. Resources marked retainOnDelete (the mail bucket among them) stay in AWS."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            " 0:destroyed",
            " 1:Pulumi failed, or not confirmed",
            " 2:bad arguments, no Pulumi CLI, or no answer on stdin without --yes"
        })
public final class DestroyCommand extends StackCommand {

    @Option(names = {"-y", "--yes"}, description = "Destroy without asking.")
    boolean yes;

    @Override
    int run(RootMailStack stack, PrintWriter out) throws AutomationException {
        if (!yes && !confirmed("Destroy every resource of stack '" + stack.name() + "'?", out)) {
            out.println("Not destroyed.");
            return 1;
        }
        out.println("Destroyed stack '" + stack.name() + "': " + stack.destroy().describe());
        return 0;
    }
}
