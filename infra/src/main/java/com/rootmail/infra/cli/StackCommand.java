package com.rootmail.infra.cli;

import com.pulumi.automation.AutomationException;
import com.rootmail.infra.automation.RootMailStack;
import com.rootmail.infra.automation.RootMailStacks;
import com.rootmail.infra.plan.PulumiProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What {@code rootmail preview}, {@code up} and {@code destroy} share: the options of
 * {@code rootmail plan} ({@link ProjectOptions} and {@code --stack}), opening the stack through the Automation API, streaming the engine's
 * output, and one short line when Pulumi fails (its own output says why, above it).
 */
abstract class StackCommand implements Callable<Integer> {

    /** Opens a project's stacks; tests substitute the Pulumi CLI here. */
    @FunctionalInterface
    interface Stacks {
        RootMailStacks of(PulumiProject project) throws AutomationException;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--stack", paramLabel = "NAME", defaultValue = "dev",
            description = "Selects (or creates) stack NAME, configured from Pulumi.<NAME>.yaml (default: ${DEFAULT-VALUE}).")
    String stack;

    @Mixin
    ProjectOptions project;

    Stacks stacks = RootMailStacks::local;
    BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));

    /** Runs the operation on the opened stack; returns the exit code. */
    abstract int run(RootMailStack stack, PrintWriter out) throws AutomationException;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (RootMailStack opened = stacks.of(project.find()).open(stack, project.overrides(), line -> {
            out.println(line);
            out.flush();
        })) {
            return run(opened, out);
        } catch (AutomationException e) {
            throw new IllegalStateException(failure(e), e);
        }
    }

    /**
     * Asks on the command's output and reads the answer from its input. No input at all (CI,
     * a closed stdin) is a refusal: changing AWS resources takes a person or {@code --yes}.
     */
    boolean confirmed(String question, PrintWriter out) {
        out.print(question + " [y/N] ");
        out.flush();
        String answer;
        try {
            answer = stdin.readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null) {
            out.println();
            throw new IllegalArgumentException("no answer on standard input; pass --yes to go ahead without asking");
        }
        return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
    }

    /** The SDK's message of a failed CLI run repeats all its output; one line says enough. */
    static String failure(AutomationException e) {
        String message = String.valueOf(e.getMessage()).strip();
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.startsWith("code: ")
                ? "pulumi failed (exit " + firstLine.substring("code: ".length()) + "); its output above says why"
                : firstLine;
    }
}
