package com.rootmail.infra.config;

import static com.rootmail.infra.config.ConfigKeys.ALARM_TOPIC_ARN;
import static com.rootmail.infra.config.ConfigKeys.AWS_PROFILE;
import static com.rootmail.infra.config.ConfigKeys.DOMAIN;
import static com.rootmail.infra.config.ConfigKeys.HANDLER_JAR;
import static com.rootmail.infra.config.ConfigKeys.HOME_REGION;
import static com.rootmail.infra.config.ConfigKeys.KMS_KEY_ARN;
import static com.rootmail.infra.config.ConfigKeys.LOG_RETENTION_DAYS;
import static com.rootmail.infra.config.ConfigKeys.MAIL_RETENTION_DAYS;
import static com.rootmail.infra.config.ConfigKeys.OPS_ITEM_TOPIC_ARN;
import static com.rootmail.infra.config.ConfigKeys.RECEIVING_REGION;
import static com.rootmail.infra.config.ConfigKeys.RECIPIENTS;
import static com.rootmail.infra.config.ConfigKeys.REPLACE_ACTIVE_RULE_SET;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Turns raw configuration strings (as Pulumi stores them) into a {@link StackConfig},
 * applying the defaults and checking that the handler jar exists.
 *
 * <pre>{@code
 * StackConfig config = StackConfigReader.read(
 *         key -> Optional.ofNullable(Map.of("aws:region", "eu-central-1", "rootmail:domain", "aws.mycompany.test").get(key)),
 *         Path.of("infra"));
 * }</pre>
 */
public final class StackConfigReader {

    /** Where the handler module's build puts the Lambda jar, relative to the program directory {@code infra/}. */
    public static final String DEFAULT_HANDLER_JAR = "../handler/target/rootmail-handler-lambda.jar";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackConfigReader() {
    }

    /**
     * @param lookup     a full key such as {@code rootmail:domain} to its value, if set
     * @param programDir the directory relative paths are resolved against ({@code infra/})
     */
    public static StackConfig read(Function<String, Optional<String>> lookup, Path programDir) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        String domain = value.apply(DOMAIN).orElse(null);
        Path handlerJar = programDir.resolve(value.apply(HANDLER_JAR).orElse(DEFAULT_HANDLER_JAR)).normalize();
        StackConfig config = new StackConfig(
                domain,
                value.apply(HOME_REGION).orElse(null),
                value.apply(RECEIVING_REGION).orElse(StackConfig.DEFAULT_RECEIVING_REGION),
                value.apply(RECIPIENTS).map(StackConfigReader::list)
                        .orElseGet(() -> domain == null ? List.of() : List.of(StackConfig.defaultRecipient(domain))),
                value.apply(REPLACE_ACTIVE_RULE_SET).map(v -> bool(REPLACE_ACTIVE_RULE_SET, v)).orElse(false),
                value.apply(KMS_KEY_ARN),
                value.apply(ALARM_TOPIC_ARN),
                value.apply(OPS_ITEM_TOPIC_ARN),
                value.apply(LOG_RETENTION_DAYS).map(v -> integer(LOG_RETENTION_DAYS, v))
                        .orElse(StackConfig.DEFAULT_LOG_RETENTION_DAYS),
                value.apply(MAIL_RETENTION_DAYS).map(v -> OptionalInt.of(integer(MAIL_RETENTION_DAYS, v)))
                        .orElse(OptionalInt.empty()),
                handlerJar,
                value.apply(AWS_PROFILE));
        if (!Files.isRegularFile(handlerJar)) {
            throw new InvalidConfigException(HANDLER_JAR, "the handler jar " + handlerJar + " does not exist",
                    "run `mvn -B -DskipTests install` first (or `./rootmail plan`, which builds it), "
                            + "or set rootmail:handlerJar to the jar's path");
        }
        return config;
    }

    /** A JSON array (how Pulumi stores a YAML list) or a comma-separated string. */
    private static List<String> list(String value) {
        if (value.startsWith("[")) {
            try {
                return Arrays.stream(JSON.readValue(value, String[].class)).map(String::strip).toList();
            } catch (JsonProcessingException e) {
                throw new InvalidConfigException(RECIPIENTS, "'" + value + "' is not a list of addresses",
                        "allowed: a YAML list or a comma-separated string");
            }
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean bool(String key, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidConfigException(key, "'" + value + "' is not a boolean", "allowed: true, false");
        };
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key, "'" + value + "' is not a whole number", "allowed: a number of days");
        }
    }
}
