package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.infra.TestStacks;
import com.rootmail.policy.EnforcementLevel;
import com.rootmail.policy.PolicyPack;
import com.rootmail.policy.ResourcePolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rootmail plan}, run in-process through the root command as the launcher runs it. */
class PlanCommandTest {

    @TempDir
    Path project;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeProject() throws Exception {
        TestStacks.writeProject(project, "dev");
    }

    @Test
    void planListsEveryResourceWithTypeRegionAndInputsAndSaysIdsArePlaceholders() {
        int exit = plan();

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("RootMail plan for stack 'dev'")
                .contains("ids, ARNs, URLs, the account 123456789012, name servers and DKIM tokens are placeholders")
                .contains("36 resources would be registered")
                .contains("rootmail-rule  aws:ses/receiptRule:ReceiptRule  [eu-west-1]")
                .contains("    tlsPolicy: Require")
                .contains("rootmail-handler-role  aws:iam/role:Role  [eu-central-1, a global service]")
                .contains("    (option) retainOnDelete: true")
                .contains("Outputs:")
                .contains("    exampleRootEmail: root+a2b3c4d5e6f7@aws.mycompany.test")
                .containsPattern("Policies \\(rootmail 0\\.1\\.0, \\d+ rules\\): all passed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonIsOneObjectWithResourcesAndOutputs() throws Exception {
        int exit = plan("--json");

        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(plan.fieldNames()).toIterable().containsExactly("resources", "outputs", "violations");
        assertThat(plan.path("violations").isArray()).isTrue();
        assertThat(plan.path("violations")).isEmpty();
        assertThat(plan.path("resources")).hasSize(36).allSatisfy(resource ->
                assertThat(resource.fieldNames()).toIterable().containsExactly("type", "name", "region", "inputs"));
        JsonNode rule = find(plan.path("resources"), "rootmail-rule");
        assertThat(rule.path("type").asText()).isEqualTo("aws:ses/receiptRule:ReceiptRule");
        assertThat(rule.path("region").asText()).isEqualTo("eu-west-1");
        assertThat(rule.at("/inputs/scanEnabled").asBoolean()).isTrue();
        assertThat(find(plan.path("resources"), "rootmail-mail-policy").at("/inputs/policy").isTextual()).isTrue();
        assertThat(plan.at("/outputs/receivingRegion").asText()).isEqualTo("eu-west-1");
        assertThat(plan.at("/outputs/nameServers")).hasSize(4);
        assertThat(err.toString()).contains("placeholders");
    }

    @Test
    void configOverridesWinOverTheStackFile() throws Exception {
        int exit = plan("--json", "--config", "rootmail:receivingRegion=us-east-1", "--config", "domain=mail.example.test");

        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertThat(exit).isZero();
        assertThat(plan.at("/outputs/receivingRegion").asText()).isEqualTo("us-east-1");
        assertThat(plan.at("/outputs/domain").asText()).isEqualTo("mail.example.test");
    }

    @Test
    void otherStacksAreReadFromTheirOwnFile() throws Exception {
        Files.writeString(project.resolve("Pulumi.prod.yaml"), Files.readString(project.resolve("Pulumi.dev.yaml"))
                .replace("eu-central-1", "us-east-2"));

        int exit = plan("--stack", "prod");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("stack 'prod'").contains("    homeRegion: us-east-2");
    }

    @Test
    void aViolatedMandatoryPolicyIsListedAndExitsOne() throws Exception {
        var x86Only = new ResourcePolicy("lambda-x86", "Functions run on x86_64.", EnforcementLevel.MANDATORY,
                Set.of("aws:lambda/function:Function"), f -> List.of("architectures is " + f.property("architectures").orElseThrow()));
        var advisory = new ResourcePolicy("queue-note", "A note on queues.", EnforcementLevel.ADVISORY,
                Set.of("aws:sqs/queue:Queue"), q -> List.of("just a note"));
        var pack = new PolicyPack("test-pack", "9", List.of(x86Only, advisory));

        int exit = runWith(pack, "--json");
        JsonNode violations = new ObjectMapper().readTree(out.toString()).path("violations");
        out.getBuffer().setLength(0);
        int textExit = runWith(pack);

        assertThat(exit).isEqualTo(PlanCommand.EXIT_POLICY_VIOLATED).isEqualTo(textExit);
        assertThat(violations).hasSize(3);
        assertThat(violations).filteredOn(v -> v.path("policy").asText().equals("lambda-x86")).singleElement()
                .satisfies(v -> {
                    assertThat(v.path("enforcement").asText()).isEqualTo("mandatory");
                    assertThat(v.path("urn").asText()).isEqualTo("aws:lambda/function:Function::rootmail-handler");
                    assertThat(v.path("message").asText()).isEqualTo("architectures is [arm64]");
                });
        assertThat(out.toString())
                .contains("Policies (test-pack 9, 2 rules): 3 violated, 1 mandatory")
                .contains("    [mandatory] lambda-x86  aws:lambda/function:Function::rootmail-handler")
                .contains("        architectures is [arm64]")
                .contains("    [advisory] queue-note  aws:sqs/queue:Queue::rootmail-dead-letters");
    }

    @Test
    void onlyAdvisoryViolationsStillExitZero() {
        var advisory = new ResourcePolicy("queue-note", "A note on queues.", EnforcementLevel.ADVISORY,
                Set.of("aws:sqs/queue:Queue"), q -> List.of("just a note"));

        assertThat(runWith(new PolicyPack("test-pack", "9", List.of(advisory)))).isZero();
    }

    @Test
    void badConfigExitsTwoWithOneLineNamingTheKeyAndNoStackTrace() {
        int exit = plan("--config", "rootmail:receivingRegion=eu-north-1");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("rootmail plan: rootmail:receivingRegion: 'eu-north-1' is not a region where SES receives mail")
                .contains("allowed: us-east-1");
    }

    @Test
    void missingHandlerJarExitsTwoSayingWhatToRun() {
        int exit = plan("--config", "rootmail:handlerJar=" + project.resolve("missing.jar"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("rootmail:handlerJar").contains("run `mvn -B -DskipTests install` first")
                .doesNotContain("\tat ");
    }

    @Test
    void missingStackFileExitsTwo() {
        int exit = plan("--stack", "staging");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("rootmail plan: no stack file Pulumi.staging.yaml in ");
    }

    @Test
    void helpKeepsEachLineOfTheDescriptionWholeInAnEightyColumnTerminal() {
        CommandLine plan = RootMailCommand.commandLine().getSubcommands().get("plan");
        List<String> usage = plan.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();

        assertThat(plan.getCommandSpec().usageMessage().description())
                .allSatisfy(line -> assertThat(usage).contains(line));
    }

    @Test
    void malformedOverrideExitsTwo() {
        int exit = plan("--config", "rootmail:domain");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("KEY=VALUE");
    }

    @Test
    void theRepositorysOwnDevStackPlans() throws Exception {
        // Surefire runs in infra/; the checkout's Pulumi.yaml is one level up.
        Path checkout = Path.of("..").toAbsolutePath().normalize();

        int exit = run("plan", "--project-dir", checkout.toString(), "--json",
                "--config", "rootmail:handlerJar=" + TestStacks.HANDLER_JAR);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).at("/outputs/domain").asText()).isEqualTo("aws.mycompany.test");
    }

    private int plan(String... args) {
        List<String> all = new ArrayList<>(List.of("plan", "--project-dir", project.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private int run(String... args) {
        var commandLine = RootMailCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int runWith(PolicyPack pack, String... args) {
        List<String> all = new ArrayList<>(List.of("--project-dir", project.toString()));
        all.addAll(List.of(args));
        var commandLine = new CommandLine(new PlanCommand(pack));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private static JsonNode find(JsonNode resources, String name) {
        for (JsonNode resource : resources) {
            if (resource.path("name").asText().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }
}
