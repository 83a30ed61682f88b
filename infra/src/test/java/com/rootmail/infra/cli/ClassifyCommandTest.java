package com.rootmail.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rootmail classify} run in-process through the root command, as ./rootmail runs it. */
class ClassifyCommandTest {

    /** The handler's golden corpus: the command must agree with what the Lambda does. */
    private static final Path CORPUS = Path.of("../handler/src/test/resources/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run classify(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RootMailCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("classify"));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path mail(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsOneJsonObjectWithEveryContractKey() throws Exception {
        Run run = classify(CORPUS.resolve("password-reset.eml").toString(),
                "--verdicts", "dkim=PASS,spf=PASS,dmarc=PASS,spam=PASS,virus=PASS");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("action", "classification", "trusted", "title", "category", "severity",
                "description", "operationalData", "secrets");
        assertThat(json.path("action").asText()).isEqualTo("opsitem");
        assertThat(json.path("classification").asText()).isEqualTo("password-reset");
        assertThat(json.path("trusted").asBoolean()).isTrue();
        assertThat(json.path("title").asText()).startsWith("Password Reset Requested: Amazon Web Services Password Assistance");
        assertThat(json.path("category").asText()).isEqualTo("Security");
        assertThat(json.path("severity").asText()).isEqualTo("2");
        assertThat(json.path("operationalData").path("/aws/dedup").asText()).isEqualTo("{\"dedupString\":\"password-reset\"}");
        assertThat(json.path("operationalData").path("recipient").asText()).isEqualTo("root+6f1c2a9e4b7d@aws.example.test");
        assertThat(json.path("secrets")).extracting(JsonNode::asText).containsExactly("reset-link-1");
        assertThat(run.out()).doesNotContain("Q2hhbmdlTWVQbGVhc2Ux").doesNotContain("token=");
    }

    @Test
    void withoutVerdictsAnAwsLookingMailIsNotTrusted() throws Exception {
        Run run = classify(CORPUS.resolve("password-reset.eml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().path("classification").asText()).isEqualTo("impersonation");
        assertThat(run.json().path("trusted").asBoolean()).isFalse();
    }

    @Test
    void sesOwnHeadersInTheFileGiveTheDefaultVerdictsAndGivenOnesOverrideThem() throws Exception {
        Path file = mail("ses-stored.eml", "X-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n"
                + "Authentication-Results: amazonses.com; spf=pass smtp.mailfrom=amazonses.com;"
                + " dkim=pass header.i=@amazon.com; dmarc=pass header.from=amazon.com;\r\n"
                + "From: AWS Billing <aws-billing@amazon.com>\r\nTo: root+a@aws.example.test, other@example.test\r\n"
                + "Subject: Your invoice is available\r\n\r\nSee the console.\r\n");

        Run defaults = classify(file.toString());
        Run overridden = classify(file.toString(), "--verdicts", "dmarc=FAIL,dkim=FAIL", "--recipient", "root+b@aws.example.test");

        assertThat(defaults.json().path("classification").asText()).isEqualTo("billing");
        assertThat(defaults.json().path("operationalData").path("recipient").asText()).isEqualTo("root+a@aws.example.test");
        assertThat(overridden.json().path("classification").asText()).isEqualTo("impersonation");
        assertThat(overridden.json().path("operationalData").path("recipient").asText()).isEqualTo("root+b@aws.example.test");
    }

    @Test
    void suppressedMailHasNoOpsItemFields() throws Exception {
        Run run = classify(CORPUS.resolve("account-welcome.eml").toString(), "--verdicts", "dmarc=PASS");

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        assertThat(json.path("action").asText()).isEqualTo("suppress");
        assertThat(json.path("classification").asText()).isEqualTo("account-welcome");
        assertThat(json.path("title").isNull()).isTrue();
        assertThat(json.path("operationalData").isEmpty()).isTrue();
        assertThat(json.path("secrets").isEmpty()).isTrue();
    }

    @Test
    void missingFileIsExitTwoWithOneLineAndNoStackTrace() {
        Run run = classify(dir.resolve("nope.eml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("rootmail classify: cannot read").doesNotContain("\n").doesNotContain("at com.");
    }

    @Test
    void directoryIsExitTwoSayingItIsADirectory() {
        Run run = classify(dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("rootmail classify: cannot read " + dir + ": it is a directory, not a mail file");
    }

    @Test
    void badVerdictsAreExitTwoNamingTheProblem() throws Exception {
        Path file = mail("m.eml", "Subject: hi\r\n\r\nhello\r\n");

        Run badValue = classify(file.toString(), "--verdicts", "dkim=MAYBE");
        Run badName = classify(file.toString(), "--verdicts", "arc=PASS");
        Run badRecipient = classify(file.toString(), "--recipient", "not an address");

        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.err()).contains("MAYBE").doesNotContain("Exception");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("arc");
        assertThat(badRecipient.exitCode()).isEqualTo(2);
        assertThat(badRecipient.err()).contains("--recipient");
    }

    @Test
    void missingFileArgumentIsExitTwoWithUsage() {
        Run run = classify();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("FILE.eml");
    }

    @Test
    void fileNamesBecomeSafeMessageIds() {
        assertThat(ClassifyCommand.messageId(Path.of("/tmp/0100abc-def.eml"))).isEqualTo("0100abc-def");
        assertThat(ClassifyCommand.messageId(Path.of("my mail (1).eml"))).isEqualTo("my-mail--1-");
        assertThat(ClassifyCommand.messageId(Path.of("..eml"))).isEqualTo("local-mail");
    }
}
