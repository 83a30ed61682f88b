package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PulumiCliTest {

    @TempDir
    Path dir;

    @Test
    void theFirstExecutablePulumiOnPathIsTheOne() throws Exception {
        Path notExecutable = Files.createDirectories(dir.resolve("a"));
        Files.writeString(notExecutable.resolve("pulumi"), "");
        Path bin = Files.createDirectories(dir.resolve("b"));
        Path pulumi = Files.writeString(bin.resolve("pulumi"), "#!/bin/sh\n");
        assertThat(pulumi.toFile().setExecutable(true)).isTrue();

        String path = String.join(File.pathSeparator, notExecutable.toString(), "", bin.toString());

        assertThat(PulumiCli.onPath(Map.of("PATH", path))).contains(pulumi);
    }

    @Test
    void noPathOrNoPulumiOnItIsTheMissingCliError() {
        assertThat(PulumiCli.onPath(Map.of())).isEmpty();
        assertThatThrownBy(() -> PulumiCli.require(Map.of("PATH", dir.toString())))
                .isInstanceOf(PulumiCliMissingException.class)
                .hasMessageStartingWith("the pulumi CLI is not on PATH; install it");
    }
}
