package com.rootmail.infra.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Pulumi project on disk: {@code Pulumi.yaml} (whose {@code main} is the program
 * directory) and its {@code Pulumi.<stack>.yaml} stack files, read the way Pulumi passes
 * configuration to a program (full keys, structured values as JSON).
 *
 * <pre>{@code
 * PulumiProject project = PulumiProject.find(Path.of("").toAbsolutePath());
 * Map<String, String> config = project.stackConfig("dev", Map.of());   // {"aws:region": "eu-central-1", ...}
 * }</pre>
 */
public record PulumiProject(Path root, String name, Path programDir) {

    static final String PROJECT_FILE = "Pulumi.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pulumi's rule for stack names; also keeps the file name inside the project. */
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    /** The project in {@code start} or the nearest directory above it. */
    public static PulumiProject find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PROJECT_FILE))) {
                return at(dir);
            }
        }
        throw new IllegalArgumentException("no " + PROJECT_FILE + " in " + start.toAbsolutePath().normalize()
                + " or above it; run from the RootMail checkout or pass --project-dir");
    }

    /** The project whose {@code Pulumi.yaml} is in {@code dir}. */
    public static PulumiProject at(Path dir) {
        Path file = dir.resolve(PROJECT_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + PROJECT_FILE + " in " + dir);
        }
        JsonNode project = read(file);
        String main = project.path("main").asText(".");
        return new PulumiProject(dir.toAbsolutePath().normalize(), project.path("name").asText("rootmail"),
                dir.toAbsolutePath().resolve(main).normalize());
    }

    /**
     * The configuration of {@code Pulumi.<stack>.yaml} with {@code overrides} on top: full key
     * to value as Pulumi hands it to the program. An override key without a namespace is in
     * the project's ({@code domain} means {@code rootmail:domain}). A secret of the file
     * cannot be decrypted here, so it must be overridden.
     */
    public Map<String, String> stackConfig(String stack, Map<String, String> overrides) {
        if (!STACK_NAME.matcher(stack).matches()) {
            throw new IllegalArgumentException("'" + stack + "' is not a stack name; allowed: letters, digits, '-', '_', '.'");
        }
        Path file = root.resolve("Pulumi." + stack + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no stack file " + file.getFileName() + " in " + root
                    + "; create it (see Pulumi.dev.yaml) or pass --stack with an existing stack");
        }
        Map<String, String> overridden = new LinkedHashMap<>();
        overrides.forEach((key, value) -> overridden.put(fullKey(key), value));
        Map<String, String> config = new LinkedHashMap<>();
        for (var entry : read(file).path("config").properties()) {
            String key = fullKey(entry.getKey());
            config.put(key, overridden.containsKey(key) ? overridden.get(key) : value(key, entry.getValue()));
        }
        config.putAll(overridden);
        return config;
    }

    private String fullKey(String key) {
        return key.contains(":") ? key : name + ":" + key;
    }

    private static String value(String key, JsonNode node) {
        if (node.has("secure")) {
            throw new IllegalArgumentException(key + " is a secret that cannot be decrypted here; "
                    + "override it with --config " + key + "=<value>");
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed YAML tree always serializes", e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
