package com.rootmail.infra.automation;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.CommandRunOptions;
import com.pulumi.automation.OperationType;
import com.pulumi.automation.PulumiCommand;
import com.pulumi.automation.StackNotFoundException;
import com.pulumi.automation.Version;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.automation.events.SummaryEvent;
import com.rootmail.infra.plan.PulumiProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stands in for the {@code pulumi} CLI behind the Automation API: records every command
 * line with the environment and working directory it would run with, and answers as the
 * real CLI does (stack not found, engine events, {@code --json} output). A command it does
 * not know fails the test.
 */
public final class FakePulumi implements PulumiCommand {

    /** One command the SDK ran. */
    public record Call(List<String> args, Map<String, String> environment, Path workDir) {
        public String line() {
            return String.join(" ", args);
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final Set<String> stacks = new HashSet<>();
    private String configJson = "";
    private Map<OperationType, Integer> changes = Map.of(OperationType.CREATE, 35);
    private String outputsJson = "{}";
    private String outputsShowingSecretsJson;
    private List<String> engineOutput = List.of();

    public FakePulumi withStack(String name) {
        stacks.add(name);
        return this;
    }

    /** What {@code pulumi config --json} reports for the selected stack. */
    public FakePulumi withConfigJson(String json) {
        configJson = json;
        return this;
    }

    public FakePulumi withChanges(Map<OperationType, Integer> changes) {
        this.changes = changes;
        return this;
    }

    /** What {@code pulumi stack output --json} prints. */
    public FakePulumi withOutputsJson(String json) {
        outputsJson = json;
        return this;
    }

    /** What {@code pulumi stack output --json --show-secrets} prints; by default the same as without. */
    public FakePulumi withOutputsShowingSecretsJson(String json) {
        outputsShowingSecretsJson = json;
        return this;
    }

    /** Lines the engine prints during preview, up and destroy. */
    public FakePulumi withEngineOutput(String... lines) {
        engineOutput = List.of(lines);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<String> lines() {
        return calls.stream().map(Call::line).toList();
    }

    /** RootMail's stacks of {@code project}, as the CLI would find them with {@code inherited} as environment. */
    public RootMailStacks stacksOf(PulumiProject project, Map<String, String> inherited) {
        return new RootMailStacks(project, this, inherited);
    }

    /** The real {@link RootMailStacks#local} seen from a process whose {@code PATH} has no {@code pulumi}. */
    public static RootMailStacks localWithoutCli(PulumiProject project) throws AutomationException {
        try {
            Path emptyDir = Files.createTempDirectory("no-pulumi");
            return RootMailStacks.local(project, Map.of("PATH", emptyDir.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Version version() {
        return Version.of(3, 190, 0);
    }

    @Override
    public CommandResult run(List<String> args, CommandRunOptions options) throws AutomationException {
        calls.add(new Call(List.copyOf(args), Map.copyOf(options.additionalEnv()), options.workingDir()));
        String line = String.join(" ", args);
        if (line.startsWith("stack select --stack ")) {
            String name = args.get(3);
            if (!stacks.contains(name)) {
                throw new StackNotFoundException(new CommandResult(255, "", "error: no stack named '" + name + "' found"));
            }
            return ok("");
        }
        if (line.startsWith("stack init ")) {
            stacks.add(args.get(2));
            return ok("");
        }
        if (line.startsWith("config --show-secrets --json")) {
            return ok(configJson);
        }
        if (line.startsWith("config rm-all ") || line.startsWith("config set-all ") || line.startsWith("plugin install ")) {
            return ok("");
        }
        if (line.startsWith("preview ")) {
            return engineRun(options, true);
        }
        if (line.startsWith("up ") || line.startsWith("destroy ")) {
            return engineRun(options, false);
        }
        if (line.startsWith("stack history --json")) {
            return ok(history(changes));
        }
        if (line.startsWith("stack output --json --show-secrets") && outputsShowingSecretsJson != null) {
            return ok(outputsShowingSecretsJson);
        }
        if (line.startsWith("stack output --json")) {
            return ok(outputsJson);
        }
        throw new AssertionError("the fake pulumi does not know: pulumi " + line);
    }

    private CommandResult engineRun(CommandRunOptions options, boolean summaryEvent) {
        engineOutput.forEach(line -> {
            if (options.onStandardOutput() != null) {
                options.onStandardOutput().accept(line);
            }
        });
        if (summaryEvent && options.onEngineEvent() != null) {
            options.onEngineEvent().accept(new EngineEvent(1, 0, null, null, null, null,
                    new SummaryEvent(false, 3, changes, Map.of()), null, null, null, null));
        }
        return ok(String.join("\n", engineOutput));
    }

    private static String history(Map<OperationType, Integer> changes) {
        String counts = changes.entrySet().stream()
                .map(e -> "\"" + e.getKey().name().toLowerCase().replace('_', '-') + "\": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        return """
                [{"kind": "update", "startTime": "2026-12-04T16:00:00Z", "message": "", "environment": {},
                  "config": {}, "result": "succeeded", "endTime": "2026-12-04T16:05:00Z", "version": 1,
                  "resourceChanges": %s}]
                """.formatted(counts);
    }

    private static CommandResult ok(String stdout) {
        return new CommandResult(0, stdout, "");
    }
}
