package com.rootmail.infra.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.LocalWorkspace;
import com.pulumi.automation.LocalWorkspaceOptions;
import com.pulumi.automation.OperationType;
import com.rootmail.infra.TestStacks;
import com.rootmail.infra.plan.PulumiProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RootMailStacks} and {@link RootMailStack} against a substitute CLI that records what it is asked. */
class RootMailStacksTest {

    static final String NAME_SERVERS_OUTPUTS = """
            {"domain": "aws.mycompany.test", "nameServers": ["ns-1.awsdns-01.org", "ns-2.awsdns-02.com"]}""";

    @TempDir
    Path root;

    PulumiProject project;
    final FakePulumi pulumi = new FakePulumi();
    final List<String> output = new ArrayList<>();

    @BeforeEach
    void writeProject() throws Exception {
        TestStacks.writeProject(root, "dev");
        project = PulumiProject.at(root);
    }

    @Test
    void openSelectsTheStackSetsTheFilesConfigAndInstallsTheAwsPluginOfTheJar() throws Exception {
        pulumi.withStack("dev");

        try (RootMailStack stack = pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add)) {
            assertThat(stack.name()).isEqualTo("dev");
        }

        assertThat(pulumi.lines()).containsExactly(
                "stack select --stack dev",
                "config --show-secrets --json --stack dev",
                "config set-all --stack dev --plaintext aws:region=eu-central-1"
                        + " --plaintext rootmail:domain=aws.mycompany.test"
                        + " --plaintext rootmail:handlerJar=" + TestStacks.HANDLER_JAR,
                "config set-all --stack dev --path --plaintext pulumi:disable-default-providers[0]=*",
                "plugin install resource aws v6.83.0");
    }

    @Test
    void everyCommandRunsInTheWorkspaceWithTheLocalStateAndItsPassphrase() throws Exception {
        pulumi.withStack("dev");

        pulumi.stacksOf(project, Map.of("PATH", "/usr/bin")).open("dev", Map.of(), output::add).close();

        Path state = root.toRealPath().resolve(".pulumi-state");
        assertThat(pulumi.calls()).allSatisfy(call -> {
            assertThat(call.workDir()).isEqualTo(state.resolve("workspace"));
            assertThat(call.environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "PULUMI_BACKEND_URL", "file://" + state,
                    "PULUMI_CONFIG_PASSPHRASE", "rootmail-local-state",
                    "PULUMI_SKIP_UPDATE_CHECK", "true"));
        });
        assertThat(state.resolve("workspace")).isDirectory();
        assertThat(state.resolve("workspace/Pulumi.yaml")).content().contains("name: rootmail").contains("runtime: java");
        assertThat(root.resolve("Pulumi.dev.yaml")).content().doesNotContain("encryptionsalt");
    }

    @Test
    void aBackendOfTheUsersOwnGetsNeitherTheLocalStateNorThePassphrase() throws Exception {
        pulumi.withStack("dev");

        pulumi.stacksOf(project, Map.of("PULUMI_BACKEND_URL", "s3://state-bucket", "PULUMI_SKIP_UPDATE_CHECK", "false"))
                .open("dev", Map.of(), output::add).close();

        assertThat(pulumi.calls()).allSatisfy(call -> assertThat(call.environment()).isEmpty());
    }

    @Test
    void aStackTheBackendDoesNotHaveIsCreated() throws Exception {
        pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add).close();

        assertThat(pulumi.lines()).startsWith("stack select --stack dev", "stack init dev");
    }

    @Test
    void configOfAnEarlierRunIsRemovedBeforeTheFileIsSetAgain() throws Exception {
        pulumi.withStack("dev").withConfigJson("""
                {"rootmail:domain": {"value": "old.mycompany.test", "secret": false},
                 "rootmail:recipients": {"value": "[\\"a@old.mycompany.test\\",\\"b@old.mycompany.test\\"]", "secret": false}}""");

        pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add).close();

        assertThat(pulumi.lines().get(2)).isIn(
                "config rm-all --stack dev rootmail:domain rootmail:recipients",
                "config rm-all --stack dev rootmail:recipients rootmail:domain");
        assertThat(pulumi.lines().get(3)).startsWith("config set-all --stack dev --plaintext aws:region=");
    }

    @Test
    void overridesWinOverTheFileAndKeysWithoutNamespaceAreTheProjects() throws Exception {
        pulumi.withStack("dev");

        pulumi.stacksOf(project, Map.of()).open("dev", Map.of(
                "receivingRegion", "us-east-1",
                "aws:region", "eu-west-2",
                "rootmail:recipients", "[\"root@aws.mycompany.test\",\"ops@aws.mycompany.test\"]"), output::add).close();

        assertThat(pulumi.lines()).contains(
                "config set-all --stack dev --plaintext aws:region=eu-west-2"
                        + " --plaintext rootmail:domain=aws.mycompany.test"
                        + " --plaintext rootmail:handlerJar=" + TestStacks.HANDLER_JAR
                        + " --plaintext rootmail:receivingRegion=us-east-1",
                "config set-all --stack dev --path --plaintext pulumi:disable-default-providers[0]=*"
                        + " --plaintext rootmail:recipients[0]=root@aws.mycompany.test"
                        + " --plaintext rootmail:recipients[1]=ops@aws.mycompany.test");
    }

    @Test
    void aStackWithoutStackFileIsRefusedBeforePulumiRuns() {
        assertThatThrownBy(() -> pulumi.stacksOf(project, Map.of()).open("prod", Map.of(), output::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no stack file Pulumi.prod.yaml");
        assertThat(pulumi.calls()).isEmpty();
    }

    @Test
    void previewRunsTheProgramInlineWithThePolicyPacksAndSummarizesTheEnginesSummaryEvent() throws Exception {
        pulumi.withStack("dev")
                .withChanges(Map.of(OperationType.CREATE, 33, OperationType.SAME, 2))
                .withEngineOutput("Previewing update (dev):", "Resources:", "    + 33 to create");
        Path pack = root.resolve("policy/pack");

        ChangeSummary changes;
        try (RootMailStack stack = pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add)) {
            changes = stack.preview(List.of(pack));
        }

        assertThat(changes.counts()).containsExactlyInAnyOrderEntriesOf(Map.of("create", 33, "same", 2));
        assertThat(changes.describe()).isEqualTo("33 to create, 2 unchanged");
        assertThat(output).containsExactly("Previewing update (dev):", "Resources:", "    + 33 to create");
        List<String> preview = pulumi.calls().get(pulumi.calls().size() - 1).args();
        assertThat(preview.subList(0, 3)).containsExactly("preview", "--policy-pack", pack.toAbsolutePath().toString());
        assertThat(preview.get(3)).matches("--client=127\\.0\\.0\\.1:\\d+");
        assertThat(preview.subList(4, preview.size())).containsExactly("--exec-kind", "auto.inline");
    }

    @Test
    void upDeploysInlineAndReturnsTheChangesAndTheOutputsListsIncluded() throws Exception {
        pulumi.withStack("dev").withOutputsJson(NAME_SERVERS_OUTPUTS);
        Path pack = root.resolve("policy/pack");

        Deployment done;
        try (RootMailStack stack = pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add)) {
            done = stack.up(List.of(pack));
        }

        assertThat(done.changes().describe()).isEqualTo("35 to create");
        assertThat(done.outputs()).containsExactly(
                Map.entry("domain", "aws.mycompany.test"),
                Map.entry("nameServers", "[\"ns-1.awsdns-01.org\",\"ns-2.awsdns-02.com\"]"));
        List<String> up = pulumi.calls().stream().map(FakePulumi.Call::args)
                .filter(args -> args.get(0).equals("up")).findFirst().orElseThrow();
        assertThat(up.subList(0, 5)).containsExactly("up", "--yes", "--skip-preview", "--policy-pack", pack.toAbsolutePath().toString());
        assertThat(up.get(5)).matches("--client=127\\.0\\.0\\.1:\\d+");
        assertThat(up.subList(6, up.size())).containsExactly("--exec-kind", "auto.inline");
    }

    @Test
    void secretOutputsAreMasked() throws Exception {
        // As the real CLI: masked without --show-secrets, the value itself with it.
        pulumi.withStack("dev").withOutputsJson("{\"domain\": \"[secret]\", \"homeRegion\": \"eu-central-1\"}")
                .withOutputsShowingSecretsJson("{\"domain\": \"aws.mycompany.test\", \"homeRegion\": \"eu-central-1\"}");

        try (RootMailStack stack = pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add)) {
            assertThat(stack.outputs()).containsExactly(
                    Map.entry("domain", "[secret]"), Map.entry("homeRegion", "eu-central-1"));
        }
    }

    @Test
    void destroyRunsWithoutPolicyPacksAndReturnsWhatWasDeleted() throws Exception {
        pulumi.withStack("dev").withChanges(Map.of(OperationType.DELETE, 35));

        ChangeSummary deleted;
        try (RootMailStack stack = pulumi.stacksOf(project, Map.of()).open("dev", Map.of(), output::add)) {
            deleted = stack.destroy();
        }

        assertThat(deleted.describe()).isEqualTo("35 to delete");
        assertThat(pulumi.lines()).contains("destroy --yes --skip-preview --exec-kind auto.inline");
    }

    /** Why {@link ReadableOutputs} exists: should the SDK learn to read lists, this fails and it can go. */
    @Test
    void theSdkAloneCannotReadAListOutput() throws Exception {
        pulumi.withStack("dev").withOutputsJson(NAME_SERVERS_OUTPUTS);
        var options = LocalWorkspaceOptions.builder().workDir(root).pulumiCommand(pulumi).build();

        try (var stack = LocalWorkspace.selectStack("dev", root, options)) {
            assertThatThrownBy(stack::getOutputs).hasMessageContaining("BEGIN_ARRAY");
        }
    }

    @Test
    void withoutPulumiOnPathTheErrorSaysWhatIsMissingAndHowToGetIt() {
        assertThatThrownBy(() -> FakePulumi.localWithoutCli(project))
                .isInstanceOf(PulumiCliMissingException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pulumi CLI is not on PATH; install it (https://www.pulumi.com/docs/iac/download-install/,"
                        + " e.g. curl -fsSL https://get.pulumi.com | sh, then add ~/.pulumi/bin to PATH) and run again;"
                        + " ./rootmail plan works offline without it");
    }
}
