package com.rootmail.policy.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rootmail.policy.PolicyResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An IAM-style policy document (identity, bucket, topic and queue policies share the
 * format) as the program passes it to AWS: a JSON string. {@code Action}, {@code Resource}
 * and principal lists may be a single string or an array in AWS's grammar; both are read.
 */
record PolicyDocument(List<Statement> statements) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One statement; {@code conditions} maps operator to key to value(s), e.g. Bool -> aws:SecureTransport -> "false". */
    record Statement(String effect, JsonNode principal, List<String> actions, boolean usesNotAction,
            List<String> resources, Map<String, Map<String, List<String>>> conditions) {

        boolean allows() {
            return "Allow".equals(effect);
        }

        /** Whether the principal is exactly the AWS service given, e.g. {@code ses.amazonaws.com}. */
        boolean principalIsService(String service) {
            List<String> services = strings(principal.path("Service"));
            return principal.size() == 1 && services.equals(List.of(service));
        }

        boolean principalIsEveryone() {
            return principal.isTextual() && principal.asText().equals("*")
                    || strings(principal.path("AWS")).contains("*");
        }

        /** The values of a condition key under any operator, e.g. {@code aws:SourceAccount}. */
        List<String> condition(String key) {
            List<String> values = new ArrayList<>();
            conditions.values().forEach(byKey -> values.addAll(byKey.getOrDefault(key, List.of())));
            return values;
        }

        List<String> condition(String operator, String key) {
            return conditions.getOrDefault(operator, Map.of()).getOrDefault(key, List.of());
        }
    }

    /**
     * Judges the document at {@code property} of a resource: nothing to say while it is
     * unknown (a preview before the ARNs in it exist); a missing or malformed document is
     * itself the problem, as AWS would refuse it.
     */
    static List<String> judge(PolicyResource resource, String property, Function<PolicyDocument, List<String>> judge) {
        Optional<Object> value = resource.property(property);
        if (value.isEmpty()) {
            return List.of(property + " is not set");
        }
        if (value.get() == PolicyResource.UNKNOWN) {
            return List.of();
        }
        try {
            return judge.apply(parse(String.valueOf(value.get())));
        } catch (IllegalArgumentException e) {
            return List.of(property + " is " + e.getMessage());
        }
    }

    static PolicyDocument parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON policy document: " + e.getOriginalMessage(), e);
        }
        List<Statement> statements = new ArrayList<>();
        JsonNode raw = root.path("Statement");
        for (JsonNode statement : raw.isArray() ? raw : List.of(raw)) {
            if (statement.isMissingNode()) {
                continue;
            }
            statements.add(new Statement(
                    statement.path("Effect").asText(),
                    statement.path("Principal"),
                    strings(statement.has("NotAction") ? statement.get("NotAction") : statement.path("Action")),
                    statement.has("NotAction"),
                    strings(statement.path("Resource")),
                    conditions(statement.path("Condition"))));
        }
        return new PolicyDocument(statements);
    }

    private static Map<String, Map<String, List<String>>> conditions(JsonNode node) {
        Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
        node.properties().forEach(operator -> {
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            operator.getValue().properties().forEach(key -> byKey.put(key.getKey(), strings(key.getValue())));
            conditions.put(operator.getKey(), byKey);
        });
        return conditions;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> values.add(element.asText()));
        } else if (node.isValueNode()) {
            values.add(node.asText());
        }
        return values;
    }
}
