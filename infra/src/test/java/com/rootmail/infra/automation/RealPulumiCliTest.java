package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.pulumi.automation.LocalPulumiCommand;
import com.pulumi.automation.StackSummary;
import com.rootmail.infra.TestStacks;
import com.rootmail.infra.plan.PulumiProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RootMailStacks} against the real {@code pulumi} CLI, when there is one on
 * {@code PATH}: a stack in a file backend in a temporary directory, its configuration set and
 * read back. No preview or up: those need the aws plugin (a download) and AWS credentials.
 * The backend and passphrase are the embedded defaults, so a {@code PULUMI_BACKEND_URL} in
 * the environment (a real backend) skips the test rather than touch that backend.
 */
class RealPulumiCliTest {

    @TempDir
    Path root;

    @BeforeEach
    void needsThePulumiCliAndNoBackendOfTheUsers() {
        assumeTrue(PulumiCli.onPath(System.getenv()).isPresent(),
                "no pulumi CLI on PATH: the Automation API is tested through FakePulumi only");
        assumeTrue(System.getenv("PULUMI_BACKEND_URL") == null,
                "PULUMI_BACKEND_URL is set: this test creates stacks only in a temporary local backend");
    }

    @Test
    void aNewStackGetsTheStackFilesConfigurationInATemporaryFileBackend() throws Exception {
        TestStacks.writeProject(root, "ci");
        var stacks = new RootMailStacks(PulumiProject.at(root), LocalPulumiCommand.create(), System.getenv());

        try (var stack = stacks.configure("ci", Map.of("receivingRegion", "us-east-1"))) {
            var config = stack.getAllConfig();
            assertThat(config.get("rootmail:domain").value()).isEqualTo("aws.mycompany.test");
            assertThat(config.get("rootmail:receivingRegion").value()).isEqualTo("us-east-1");
            assertThat(config.get("pulumi:disable-default-providers").value()).isEqualTo("[\"*\"]");
            assertThat(stack.workspace().listStacks()).extracting(StackSummary::name).contains("ci");
            assertThat(stack.getOutputs()).isEmpty();
        }
        assertThat(root.resolve(".pulumi-state/.pulumi")).as("the file backend's state").isDirectory();
    }
}
