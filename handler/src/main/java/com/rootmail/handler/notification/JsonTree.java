package com.rootmail.handler.notification;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only JSON value with null-safe navigation, on jackson-core's streaming parser
 * alone: the notification is small, and jackson-databind would add 1.5 MB to the Lambda jar.
 *
 * <pre>{@code
 * String type = JsonTree.parse(body).path("receipt").path("action").text(); // "" when absent
 * }</pre>
 */
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonTree MISSING = new JsonTree(null);

    private final Object value;

    private JsonTree(Object value) {
        this.value = value;
    }

    /** @throws IOException when {@code text} is not one JSON value */
    static JsonTree parse(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IOException("no JSON value");
            }
            JsonTree tree = new JsonTree(read(parser));
            if (parser.nextToken() != null) {
                throw new IOException("content after the JSON value");
            }
            return tree;
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                return Collections.unmodifiableMap(object);
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return Collections.unmodifiableList(array);
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    boolean isObject() {
        return value instanceof Map;
    }

    boolean isText() {
        return value instanceof String;
    }

    /** The member {@code name} of an object; a missing value (never null) otherwise. */
    JsonTree path(String name) {
        return value instanceof Map<?, ?> object && object.containsKey(name) ? new JsonTree(object.get(name)) : MISSING;
    }

    /** The elements of an array; none otherwise. */
    List<JsonTree> elements() {
        return value instanceof List<?> array ? array.stream().map(JsonTree::new).toList() : List.of();
    }

    /** The string value; "" for anything that is not a string. */
    String text() {
        return isText() ? (String) value : "";
    }
}
