package com.rootmail.infra.cli;

import com.rootmail.infra.plan.PulumiProject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say which Pulumi project and which configuration a command works on,
 * shared by {@code rootmail plan}, {@code preview}, {@code up} and {@code destroy}.
 *
 * <pre>{@code
 * @Mixin ProjectOptions project;
 * Map<String, String> config = project.find().stackConfig(stack, project.overrides());
 * }</pre>
 */
final class ProjectOptions {

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "Overrides a config value, e.g. rootmail:receivingRegion=us-east-1 (repeatable).")
    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The directory of Pulumi.yaml (default: the working directory or the nearest above it).")
    private Path projectDir;

    /** The project of {@code --project-dir}, or the one the working directory is in. */
    PulumiProject find() {
        return projectDir == null ? PulumiProject.find(Path.of("")) : PulumiProject.at(projectDir);
    }

    Map<String, String> overrides() {
        return overrides;
    }
}
