package com.rootmail.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.handler.classify.Rule;
import com.rootmail.handler.classify.RulesTable;
import com.rootmail.handler.classify.Verdicts;
import com.rootmail.handler.testing.LambdaHarness;
import com.rootmail.handler.testing.LocalSsm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus: every {@code corpus/x.eml} goes through the Lambda handler (s3proxy,
 * real SDK clients, local SSM) and must do what {@code x.expected.json} says. A mail without
 * expectations, an unknown expectation key, or a rule no mail exercises fails the build.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EXPECTATION_KEYS = Set.of("classification", "action", "trusted", "titleStartsWith",
            "category", "severity", "secrets", "bodyContains", "attachmentsContain", "neverInOpsItem");
    private static final Set<String> REQUIRED_FOR_OPSITEMS = Set.of("titleStartsWith", "category", "severity", "secrets");

    private static LambdaHarness lambda;

    @BeforeAll
    static void start() throws IOException {
        lambda = new LambdaHarness();
    }

    @AfterAll
    static void stop() {
        lambda.close();
    }

    static List<String> mails() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static JsonNode expectations(String name) {
        Path file = CORPUS.resolve(name + ".expected.json");
        assertThat(file).as("every corpus mail needs its expectations: " + file).exists();
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyMailHasCompleteExpectationsAndEveryExpectationAMail() throws IOException {
        List<String> mails = mails();
        for (String name : mails) {
            JsonNode expect = expectations(name).path("expect");
            List<String> keys = new ArrayList<>();
            expect.fieldNames().forEachRemaining(keys::add);
            assertThat(EXPECTATION_KEYS).as(name + ": unknown expectation keys").containsAll(keys);
            assertThat(keys).as(name).contains("classification", "action", "trusted");
            if (expect.path("action").asText().equals("opsitem")) {
                assertThat(keys).as(name + " creates an OpsItem").containsAll(REQUIRED_FOR_OPSITEMS);
            }
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected.json"))
                    .map(n -> n.replace(".expected.json", "")))
                    .as("expectations without a mail").allMatch(mails::contains);
        }
    }

    @Test
    void corpusExercisesEveryRuleOfTheTable() throws IOException {
        Set<String> covered = new HashSet<>();
        for (String name : mails()) {
            covered.add(expectations(name).path("expect").path("classification").asText());
        }

        assertThat(covered).containsAll(RulesTable.RULES.stream().map(Rule::id).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusMailIsHandledAsExpected() throws IOException {
        return mails().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws IOException {
        JsonNode spec = expectations(name);
        JsonNode expect = spec.path("expect");
        String messageId = "corpus-" + name;
        lambda.store(messageId, Files.readAllBytes(CORPUS.resolve(name + ".eml")));
        int before = lambda.ssm().requests().size();

        var response = lambda.deliver(LambdaHarness.notificationFor(messageId,
                Verdicts.parse(spec.path("given").path("verdicts").asText(), Verdicts.ALL_GRAY)));

        assertThat(response.getBatchItemFailures()).as(name + " failed; log: " + lambda.context().logLines()).isEmpty();
        List<LocalSsm.Request> mine = lambda.ssm().requests().subList(before, lambda.ssm().requests().size());
        List<JsonNode> opsItems = mine.stream().filter(r -> r.operation().equals("CreateOpsItem")).map(LocalSsm.Request::body).toList();
        List<String> secretNames = mine.stream().filter(r -> r.operation().equals("PutParameter"))
                .map(r -> r.body().path("Name").asText().replace("/rootmail/secrets/" + messageId + "/", "")).toList();
        String lastLog = lambda.context().logLines().get(lambda.context().logLines().size() - 1);
        assertThat(lastLog).as(name).contains("classified " + expect.path("classification").asText() + ":");

        if (expect.path("action").asText().equals("suppress")) {
            assertThat(opsItems).as(name + " is suppressed").isEmpty();
            assertThat(secretNames).isEmpty();
            return;
        }
        assertThat(opsItems).as(name).hasSize(1);
        JsonNode item = opsItems.get(0);
        JsonNode data = item.path("OperationalData");
        assertThat(data.path("classification").path("Value").asText()).isEqualTo(expect.path("classification").asText());
        assertThat(item.path("Title").asText()).startsWith(expect.path("titleStartsWith").asText());
        assertThat(item.path("Category").isMissingNode() ? null : item.path("Category").asText())
                .as(name + " category").isEqualTo(expect.path("category").isNull() ? null : expect.path("category").asText());
        assertThat(item.path("Severity").asText()).isEqualTo(expect.path("severity").asText());
        assertThat(item.path("Description").asText()).contains(expect.path("trusted").asBoolean()
                ? "(authenticated AWS sender)" : "From: ").doesNotContain(expect.path("trusted").asBoolean()
                ? "not an AWS sender" : "(authenticated AWS sender)");
        assertThat(secretNames).as(name + " secrets").containsExactlyElementsOf(texts(expect.path("secrets")));
        String body = data.path("body").path("Value").asText();
        texts(expect.path("bodyContains")).forEach(s -> assertThat(body).as(name + " body").contains(s));
        String attachments = data.path("attachments").path("Value").asText();
        texts(expect.path("attachmentsContain")).forEach(s -> assertThat(attachments).as(name).contains(s));
        String wholeRequest = mine.stream().filter(r -> r.operation().equals("CreateOpsItem"))
                .map(LocalSsm.Request::rawBody).findFirst().orElseThrow();
        texts(expect.path("neverInOpsItem")).forEach(s -> assertThat(wholeRequest).as(name).doesNotContain(s));
        String everyValue = item.toString() + String.join("\n", item.findValuesAsText("Value"));
        mine.stream().filter(r -> r.operation().equals("PutParameter")).map(r -> r.body().path("Value").asText())
                .forEach(secret -> assertThat(everyValue).as(name + ": a stored secret is in the OpsItem").doesNotContain(secret));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
