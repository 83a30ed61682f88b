package com.rootmail.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.infra.delegation.DelegationGate;
import com.rootmail.infra.plan.Plan;
import com.rootmail.infra.plan.PlaceholderMocks;
import com.rootmail.infra.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal valid stack and helpers to run the program under the mocks with overrides. */
public final class TestStacks {

    public static final String DOMAIN = "aws.mycompany.test";
    public static final String HOME = "eu-central-1";
    public static final String RECEIVING = "eu-west-1";
    /** A stand-in for the handler jar: the program only checks that the file exists. */
    public static final Path HANDLER_JAR = emptyJar();

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestStacks() {
    }

    /** The minimal configuration plus {@code key, value} overrides. */
    public static Map<String, String> config(String... overrides) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("aws:region", HOME);
        config.put("rootmail:domain", DOMAIN);
        config.put("rootmail:handlerJar", HANDLER_JAR.toString());
        for (int i = 0; i < overrides.length; i += 2) {
            config.put(overrides[i], overrides[i + 1]);
        }
        return config;
    }

    /** Writes {@code Pulumi.yaml} and a minimal {@code Pulumi.<stack>.yaml} into {@code dir}. */
    public static void writeProject(Path dir, String stack) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: rootmail\nruntime: java\nmain: infra/\n");
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), """
                config:
                  pulumi:disable-default-providers: ["*"]
                  aws:region: %s
                  rootmail:domain: %s
                  rootmail:handlerJar: %s
                """.formatted(HOME, DOMAIN, HANDLER_JAR));
    }

    public static Plan plan(String... overrides) {
        return plan(new PlaceholderMocks(), overrides);
    }

    public static Plan plan(PlaceholderMocks mocks, String... overrides) {
        return new Planner(Path.of("")).plan("test", config(overrides), mocks);
    }

    public static Plan plan(DelegationGate gate, String... overrides) {
        return new Planner(Path.of(""), gate).plan("test", config(overrides), new PlaceholderMocks());
    }

    /** A JSON string (a policy document) parsed, or a plain input value as a JSON tree. */
    public static JsonNode json(Object document) {
        if (!(document instanceof String)) {
            return JSON.valueToTree(document);
        }
        try {
            return JSON.readTree((String) document);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + document, e);
        }
    }

    private static Path emptyJar() {
        try {
            Path jar = Files.createTempFile("rootmail-handler-test", ".jar");
            jar.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
