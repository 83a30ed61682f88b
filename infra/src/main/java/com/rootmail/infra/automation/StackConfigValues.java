package com.rootmail.infra.automation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.automation.ConfigValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stack configuration as {@code pulumi config set-all} takes it. Plain values are set as
 * they are; a structured value (JSON, as {@code PulumiProject} renders YAML lists and maps)
 * is set leaf by leaf with {@code --path} ({@code pulumi:disable-default-providers[0]=*}),
 * so that the stack holds a real list or map, as it would from the YAML file.
 */
record StackConfigValues(Map<String, ConfigValue> plain, Map<String, ConfigValue> paths) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    StackConfigValues {
        // In order: the arguments of `config set-all` follow the stack file.
        plain = Collections.unmodifiableMap(new LinkedHashMap<>(plain));
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** @param config full key ({@code ns:key}) to value */
    static StackConfigValues of(Map<String, String> config) {
        Map<String, ConfigValue> plain = new LinkedHashMap<>();
        Map<String, ConfigValue> paths = new LinkedHashMap<>();
        config.forEach((key, value) -> {
            JsonNode structured = structured(value);
            if (structured == null || structured.isEmpty()) {
                plain.put(key, new ConfigValue(value));
            } else {
                flatten(key, structured, paths);
            }
        });
        return new StackConfigValues(plain, paths);
    }

    private static void flatten(String path, JsonNode node, Map<String, ConfigValue> paths) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), paths);
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                String name = field.getKey();
                flatten(PLAIN_FIELD.matcher(name).matches() ? path + "." + name : path + "[\"" + name + "\"]",
                        field.getValue(), paths);
            }
        } else if (!node.isNull()) {
            paths.put(path, new ConfigValue(node.asText()));
        }
    }

    /** A JSON array or object, or null for any other value (which is then taken as text). */
    private static JsonNode structured(String value) {
        String trimmed = value.strip();
        if (!(trimmed.startsWith("[") || trimmed.startsWith("{"))) {
            return null;
        }
        try {
            return JSON.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
