package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.automation.AutomationException;
import com.pulumi.automation.CommandException;
import com.pulumi.automation.CommandResult;
import com.pulumi.automation.OperationType;
import com.rootmail.infra.TestStacks;
import com.rootmail.infra.automation.FakePulumi;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code rootmail preview|up|destroy}, run in-process through the root command, with a substitute pulumi CLI. */
class StackCommandsTest {

    @TempDir
    Path project;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CommandLine rootmail = RootMailCommand.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));
    final FakePulumi pulumi = new FakePulumi().withStack("dev")
            .withEngineOutput("Updating (dev):", "    + 35 to create")
            .withOutputsJson("{\"domain\": \"aws.mycompany.test\", \"nameServers\": [\"ns-1.awsdns-01.org\"]}");

    @BeforeEach
    void writeProjectAndUseTheSubstitute() throws Exception {
        TestStacks.writeProject(project, "dev");
        for (String name : new String[] {"preview", "up", "destroy"}) {
            StackCommand command = rootmail.getSubcommands().get(name).getCommand();
            command.stacks = p -> pulumi.stacksOf(p, Map.of());
            command.stdin = new BufferedReader(new StringReader(""));
        }
    }

    @Test
    void previewStreamsTheEngineOutputAndEndsWithTheSummary() {
        int exit = rootmail.execute("preview", "--project-dir", project.toString(),
                "--policy-pack", "policy/pack", "--config", "receivingRegion=us-east-1");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(lines("Updating (dev):", "    + 35 to create",
                "Preview of stack 'dev': 35 to create"));
        assertThat(pulumi.lines()).anyMatch(line -> line.startsWith(
                "preview --policy-pack " + Path.of("policy/pack").toAbsolutePath() + " --client=127.0.0.1:"));
        assertThat(pulumi.lines()).anyMatch(line -> line.endsWith(" --plaintext rootmail:receivingRegion=us-east-1"));
    }

    @Test
    void upWithYesDeploysWithoutPreviewOrQuestionAndPrintsTheOutputs() {
        int exit = rootmail.execute("up", "--project-dir", project.toString(), "--yes");

        assertThat(exit).isZero();
        assertThat(out.toString()).doesNotContain("[y/N]").endsWith(lines(
                "Deployed stack 'dev': 35 to create",
                "Outputs:",
                "    domain: aws.mycompany.test",
                "    nameServers: [\"ns-1.awsdns-01.org\"]"));
        assertThat(pulumi.lines()).noneMatch(line -> line.startsWith("preview "));
    }

    @Test
    void upShowsThePreviewAsksAndDeploysOnYes() {
        answer("y");

        int exit = rootmail.execute("up", "--project-dir", project.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Deploy stack 'dev' (35 to create)? [y/N] ");
        assertThat(pulumi.lines()).filteredOn(line -> line.startsWith("preview ") || line.startsWith("up "))
                .extracting(line -> line.split(" ")[0]).containsExactly("preview", "up");
    }

    @Test
    void upAnsweredWithAnythingButYesDeploysNothing() {
        answer("sure, why not");

        int exit = rootmail.execute("up", "--project-dir", project.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).endsWith(lines("Not deployed."));
        assertThat(pulumi.lines()).noneMatch(line -> line.startsWith("up "));
    }

    @Test
    void upWithoutYesAndWithoutStandardInputIsRefusedInOneLine() {
        int exit = rootmail.execute("up", "--project-dir", project.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(lines(
                "rootmail up: no answer on standard input; pass --yes to go ahead without asking"));
        assertThat(pulumi.lines()).noneMatch(line -> line.startsWith("up "));
    }

    @Test
    void destroyAsksAndDestroysOnYes() {
        pulumi.withChanges(Map.of(OperationType.DELETE, 35));
        answer("yes");

        int exit = rootmail.execute("destroy", "--project-dir", project.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Destroy every resource of stack 'dev'? [y/N] ")
                .endsWith(lines("Destroyed stack 'dev': 35 to delete"));
        assertThat(pulumi.lines()).contains("destroy --yes --skip-preview --exec-kind auto.inline");
    }

    @Test
    void destroyWithoutStandardInputIsRefusedBeforeAnythingIsDeleted() {
        int exit = rootmail.execute("destroy", "--project-dir", project.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("pass --yes");
        assertThat(pulumi.lines()).noneMatch(line -> line.startsWith("destroy "));
    }

    @Test
    void withoutThePulumiCliEveryCommandSaysSoInOneLineWithExit2() {
        for (String name : new String[] {"preview", "up", "destroy"}) {
            StackCommand command = rootmail.getSubcommands().get(name).getCommand();
            command.stacks = FakePulumi::localWithoutCli;
            StringWriter commandErr = new StringWriter();
            rootmail.setErr(new PrintWriter(commandErr, true));

            int exit = name.equals("preview")
                    ? rootmail.execute(name, "--project-dir", project.toString())
                    : rootmail.execute(name, "--project-dir", project.toString(), "--yes");

            assertThat(exit).as(name).isEqualTo(2);
            assertThat(commandErr.toString()).as(name).isEqualTo(lines("rootmail " + name
                    + ": the pulumi CLI is not on PATH; install it (https://www.pulumi.com/docs/iac/download-install/,"
                    + " e.g. curl -fsSL https://get.pulumi.com | sh, then add ~/.pulumi/bin to PATH) and run again;"
                    + " ./rootmail plan works offline without it"));
        }
    }

    @Test
    void aFailureBeforeAnyPulumiOutputExitsOneWithTheFirstLineOfItsMessage() {
        StackCommand preview = rootmail.getSubcommands().get("preview").getCommand();
        preview.stacks = p -> {
            throw new AutomationException("cannot select stack dev\nthe backend said more");
        };

        int exit = rootmail.execute("preview", "--project-dir", project.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(lines("rootmail preview: cannot select stack dev"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFailedPulumiRunIsOneLineBecauseItsOutputIsAlreadyShown() {
        var failed = new CommandException(new CommandResult(255, "Updating (dev):\n...", "error: update failed\n"));

        assertThat(StackCommand.failure(failed)).isEqualTo("pulumi failed (exit 255); its output above says why");
        assertThat(StackCommand.failure(new CommandException(new CommandResult(1, "", "")))).doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "preview|previewed",
        "up|deployed, or nothing to do",
        "destroy|destroyed",
    })
    void helpKeepsEverySentenceInOnePieceAndListsTheExitCodes(String command, String success) {
        String help = rootmail.getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(help).contains(lines("Exit codes:", "   0   " + success)).contains("   2   bad arguments")
                .doesNotContain("delegation" + System.lineSeparator() + "(rootmail")
                .doesNotContain("CLI," + System.lineSeparator() + "or no answer");
    }

    private void answer(String line) {
        for (String name : new String[] {"up", "destroy"}) {
            StackCommand command = rootmail.getSubcommands().get(name).getCommand();
            command.stdin = new BufferedReader(new StringReader(line + "\n"));
        }
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
