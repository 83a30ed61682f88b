package com.rootmail.infra.automation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Finds the {@code pulumi} executable the way a shell would: the first one on {@code PATH}. */
final class PulumiCli {

    static final String EXECUTABLE = "pulumi";

    private PulumiCli() {
    }

    /** The {@code pulumi} executable on the {@code PATH} of {@code environment}. */
    static Optional<Path> onPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, EXECUTABLE))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
                .findFirst();
    }

    /** Checked before the SDK runs {@code pulumi version}, whose failure is a stack trace about a process. */
    static void require(Map<String, String> environment) {
        if (onPath(environment).isEmpty()) {
            throw new PulumiCliMissingException();
        }
    }
}
