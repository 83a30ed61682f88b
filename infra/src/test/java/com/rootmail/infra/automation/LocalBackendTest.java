package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBackendTest {

    @TempDir
    Path root;

    @Test
    void nothingSetMeansStateInTheCheckoutWithTheLocalPassphrase() {
        assertThat(LocalBackend.defaults(Map.of(), root)).containsExactly(
                Map.entry("PULUMI_BACKEND_URL", "file://" + root.toAbsolutePath().normalize().resolve(".pulumi-state")),
                Map.entry("PULUMI_CONFIG_PASSPHRASE", "rootmail-local-state"));
    }

    @Test
    void aPassphraseOrPassphraseFileOfTheUsersIsKept() {
        assertThat(LocalBackend.defaults(Map.of("PULUMI_CONFIG_PASSPHRASE", "mine"), root))
                .containsOnlyKeys("PULUMI_BACKEND_URL");
        assertThat(LocalBackend.defaults(Map.of("PULUMI_CONFIG_PASSPHRASE_FILE", "/run/secrets/pulumi"), root))
                .containsOnlyKeys("PULUMI_BACKEND_URL");
    }

    @Test
    void aBackendOfTheUsersGetsNoPassphraseFromUs() {
        assertThat(LocalBackend.defaults(Map.of("PULUMI_BACKEND_URL", "file:///srv/pulumi"), root)).isEmpty();
        assertThat(LocalBackend.defaults(Map.of("PULUMI_BACKEND_URL", "https://api.pulumi.com"), root)).isEmpty();
    }

    @Test
    void anEmptyBackendUrlOrPassphraseFileCountsAsUnset() {
        assertThat(LocalBackend.defaults(Map.of("PULUMI_BACKEND_URL", "", "PULUMI_CONFIG_PASSPHRASE_FILE", ""), root))
                .containsOnlyKeys("PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE");
    }

    @Test
    void anEmptyPassphraseIsTheUsersOwnAsForPulumi() {
        assertThat(LocalBackend.defaults(Map.of("PULUMI_CONFIG_PASSPHRASE", ""), root))
                .containsOnlyKeys("PULUMI_BACKEND_URL");
    }

    @Test
    void theWorkspaceDirectoryIsCreatedInsideTheStateDirectory() {
        Path workspace = LocalBackend.workspaceDir(root);

        assertThat(workspace).isDirectory().isEqualTo(root.toAbsolutePath().normalize().resolve(".pulumi-state/workspace"));
        assertThat(LocalBackend.workspaceDir(root)).isEqualTo(workspace);
    }
}
